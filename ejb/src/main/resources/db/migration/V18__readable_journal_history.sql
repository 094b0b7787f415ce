-- The journal's history in the words a person reads (one writer, JournalHistory): a lesson's work type by its
-- name, not its id (a «5» in a lesson's history looked like a mark), and whether it was held as «да»/«нет».
-- The history is append-only (V5's trigger); this one-time rewrite of those two kinds of row is the only exception.
alter table journal_change disable trigger journal_change_append_only;
update journal_change j set old_value = w.name from work_type w
    where j.field = 'WORK_TYPE' and j.old_value ~ '^[0-9]+$' and w.id = j.old_value::bigint;
update journal_change j set new_value = w.name from work_type w
    where j.field = 'WORK_TYPE' and j.new_value ~ '^[0-9]+$' and w.id = j.new_value::bigint;
update journal_change set old_value = case old_value when 'true' then 'да' when 'false' then 'нет' end
    where field = 'CANCELLED' and old_value in ('true', 'false');
update journal_change set new_value = case new_value when 'true' then 'да' when 'false' then 'нет' end
    where field = 'CANCELLED' and new_value in ('true', 'false');
alter table journal_change enable trigger journal_change_append_only;
