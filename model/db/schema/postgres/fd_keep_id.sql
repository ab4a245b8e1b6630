-- Schema step 7. The ids of rows that links name do not change.
CREATE FUNCTION fd_keep_id() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'The id of a row of % does not change (links name it).', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$fn$
