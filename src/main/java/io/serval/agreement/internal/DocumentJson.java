package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stores agreement documents as JSON (without the optimistic-lock version, which belongs to the agreement). */
@Component
public class DocumentJson {

    private final ObjectMapper json;

    DocumentJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(AgreementDocument document) {
        return json.writeValueAsString(document.withVersion(null));
    }

    public AgreementDocument read(String content) {
        return json.readValue(content, AgreementDocument.class);
    }

    /**
     * A stored document as readers see it: named in both languages (a document stored with one name has it in
     * both), and {@code name} in the reader's language.
     */
    public AgreementDocument shown(String content) {
        AgreementDocument document = read(content);
        LocalizedText name = StoredTerms.name(document);
        return document.withNames(name.inCurrentLanguage(), name.zh(), name.en());
    }

    /**
     * A target with the fields of {@code patch} laid over it (fields absent from the patch keep their value).
     *
     * @throws InvalidInputException naming the field whose value has the wrong type ({@code warnings}, {@code warnings[0]})
     */
    public AgreementDocument.TargetSpec merge(AgreementDocument.TargetSpec target, ObjectNode patch) {
        ObjectNode merged = json.valueToTree(target);
        merged.setAll(patch);
        try {
            return json.treeToValue(merged, AgreementDocument.TargetSpec.class);
        } catch (JacksonException wrongType) {
            throw new InvalidInputException(FieldProblem.of(path(wrongType), "validation.format", "has an invalid value"));
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
