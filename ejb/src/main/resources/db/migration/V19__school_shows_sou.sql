-- СОУ (степень обученности учащихся) in the progress reports is the school's choice (SPEC §8: «СОУ where the
-- school turns it on»): shown unless the school turns it off (update school set shows_sou = false where code = …).
alter table school add column shows_sou boolean not null default true;
