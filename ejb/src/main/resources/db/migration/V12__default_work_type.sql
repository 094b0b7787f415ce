-- A plain mark («5» and Enter) on a lesson that has no work type yet takes the school's default one
-- («Ответ на уроке» unless the school chooses another), instead of being refused.
alter table school add column default_work_type varchar(4) not null default 'о';
