/**
 * Each user's start page: what needs their work, counted and charted per role, from the other modules' APIs.
 * Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package io.serval.home;
