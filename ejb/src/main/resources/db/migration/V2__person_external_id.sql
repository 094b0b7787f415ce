-- An identifier of a person in an external system (a roster import, a regional system, the demo
-- loader), so that an import that runs again finds the person it made instead of making a twin.
alter table person add column external_id varchar(100);
create unique index person_external_id on person(school_id, external_id) where external_id is not null;
