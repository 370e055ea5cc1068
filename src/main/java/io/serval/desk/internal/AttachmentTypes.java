package io.serval.desk.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/** What a file is, read from its first bytes (Apache Tika's magic), so a renamed executable stays one. */
@Component
class AttachmentTypes {

    private final Tika tika = new Tika();

    String detect(byte[] content, String fileName) {
        try {
            // the name only tells text formats apart (plain text vs CSV); the content decides everything else
            return tika.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
