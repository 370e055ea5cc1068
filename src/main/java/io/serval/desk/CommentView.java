package io.serval.desk;

import java.time.Instant;

public record CommentView(long id, String text, boolean internal, String author, Instant createdAt) {
}
