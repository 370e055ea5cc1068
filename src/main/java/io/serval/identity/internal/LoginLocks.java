package io.serval.identity.internal;

import io.serval.identity.internal.LoginLock.Kind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current locks as the users page shows them: by user name in the user list, addresses in a table of their own. */
record LoginLocks(Map<String, LoginLock> users, List<LoginLock> addresses) {

    static LoginLocks of(List<LoginLock> locks) {
        return new LoginLocks(
                locks.stream().filter(l -> l.kind() == Kind.USER).collect(Collectors.toMap(LoginLock::subject, Function.identity())),
                locks.stream().filter(l -> l.kind() == Kind.ADDRESS).toList());
    }
}
