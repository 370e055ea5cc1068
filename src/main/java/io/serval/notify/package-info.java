/**
 * Notifications: an in-app inbox per user and e-mail through a transactional outbox, both in the reader's
 * language. Other modules call {@link io.serval.notify.Notifications#send} with a {@link io.serval.notify.Notice}
 * inside the transaction of the change it tells of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.serval.notify;
