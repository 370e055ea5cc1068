package io.serval.desk;

/** How a customer reached the desk (or the desk the customer). */
public enum ContactChannel {
    PHONE,
    EMAIL,
    PORTAL,
    WALK_IN,
    CALLBACK
}
