-- A temporary (issued) password expires: the school sets after how many days (14 unless changed); an expired
-- one no longer signs in, and the class teacher or administrator issues a new one (ASVS 2.3.1).
alter table school add column temporary_password_days smallint not null default 14
    check (temporary_password_days between 1 and 365);
alter table account add column password_issued_at timestamptz;
update account set password_issued_at = created_at where must_change_password;
alter table login_event drop constraint login_event_outcome_check;
alter table login_event add constraint login_event_outcome_check
    check (outcome in ('SUCCESS', 'WRONG_PASSWORD', 'LOCKED', 'UNKNOWN', 'INACTIVE', 'EXPIRED'));
