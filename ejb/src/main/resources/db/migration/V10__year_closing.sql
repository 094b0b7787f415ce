-- The year's end in the movement book (SPEC §3–4): promotion (also conditional), repeating a year,
-- graduation. The secretary records each student's decision by an order during the year; closing the year
-- applies them (and promotes everyone else by the school's promotion order), so these orders name the class
-- the student leaves and, for a promotion, the class of the new year they go to.
alter table movement_order drop constraint movement_order_kind_check;
alter table movement_order add constraint movement_order_kind_check
    check (kind in ('ENROL', 'TRANSFER', 'LEAVE', 'PROMOTE', 'CONDITIONAL', 'REPEAT', 'GRADUATE'));
alter table movement_order drop constraint movement_order_check1;
alter table movement_order add constraint movement_order_to_class
    check (kind not in ('ENROL', 'TRANSFER') or to_class_id is not null);
alter table movement_order add constraint movement_order_leave_to_nowhere
    check (kind not in ('LEAVE', 'GRADUATE') or to_class_id is null);
