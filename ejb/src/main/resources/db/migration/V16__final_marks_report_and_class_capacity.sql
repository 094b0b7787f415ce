-- «Итоговые отметки обучающихся» (SPEC §8, final marks per student) may be scheduled like the other reports.
alter table report_schedule drop constraint report_schedule_report_check;
alter table report_schedule add constraint report_schedule_report_check check (report in ('progress', 'summary-sheet',
    'journal-keeping', 'attendance', 'teaching-hours', 'movement', 'class-teacher', 'students', 'final-marks'));

-- Class occupancy (SPEC §8 «наполняемость классов»): the most students a class of the school takes. 25 is the
-- norm regional systems start from (the old model regulation on schools); a school with other rooms sets its own.
alter table school add column class_capacity smallint not null default 25 check (class_capacity between 1 and 60);
