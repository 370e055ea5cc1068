package io.serval.desk;

import java.time.Instant;

/** A file attached to a ticket; {@code contentType} as read from its content. */
public record AttachmentView(long id, String fileName, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {
}
