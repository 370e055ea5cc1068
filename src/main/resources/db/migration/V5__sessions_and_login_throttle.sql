-- Access that changes takes effect on the user's next request, on every node: each change to a user's status,
-- roles, organisation or password counts up credentials_version, which open sessions compare with theirs.
alter table app_user add column credentials_version bigint default 0 not null;

-- Failed logins per user name and per client address, shared by every node. A subject is locked while
-- locked_until lies ahead; failures older than the window no longer count.
create table login_throttle (
    kind          varchar(10)  not null,
    subject       varchar(200) not null,
    failures      integer      not null,
    window_start  timestamp with time zone not null,
    locked_until  timestamp with time zone,
    primary key (kind, subject),
    constraint ck_login_throttle_kind check (kind in ('USER', 'ADDRESS'))
);
create index ix_login_throttle_locked on login_throttle (locked_until);
