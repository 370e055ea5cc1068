package io.serval.notify.internal;

/** Where a mail of the outbox stands. SENT, FAILED and NOT_SENT are final. */
public enum MailStatus {
    /** Waiting to be sent (first time or again after a failed attempt). */
    PENDING,
    /** Claimed by a node that is sending it now. */
    SENDING,
    SENT,
    /** Every attempt failed, or the recipient is unknown. */
    FAILED,
    /** Not tried: no mail server is configured, or the recipient has no address. */
    NOT_SENT
}
