package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import org.springframework.stereotype.Component;
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

    /** A target with the fields of {@code patch} laid over it (fields absent from the patch keep their value). */
    public AgreementDocument.TargetSpec merge(AgreementDocument.TargetSpec target, JsonNode patch) {
        ObjectNode merged = json.valueToTree(target);
        patch.properties().forEach(field -> {
            if (!"code".equals(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return json.treeToValue(merged, AgreementDocument.TargetSpec.class);
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }
}
