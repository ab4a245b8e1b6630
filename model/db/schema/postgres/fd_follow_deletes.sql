-- Schema step 7. Makes a statement's deletes follow the rows naming the deleted ones.
-- TG_ARGV: the table whose rows name the deleted ones, its column, and 'cascade' (delete them too)
-- or 'restrict' (refuse the delete). The lock keeps writers of that table out until the deleting
-- transaction ends, so that none can name a row deleted meanwhile.
CREATE FUNCTION fd_follow_deletes() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    named BIGINT;
BEGIN
    EXECUTE format('LOCK TABLE %I IN SHARE ROW EXCLUSIVE MODE', TG_ARGV[0]);
    IF TG_ARGV[2] = 'cascade' THEN
        EXECUTE format('DELETE FROM %I l USING fd_old_rows o WHERE l.%I = o.id', TG_ARGV[0], TG_ARGV[1]);
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT o.id FROM fd_old_rows o WHERE EXISTS (SELECT 1 FROM %I l WHERE l.%I = o.id) '
                   'LIMIT 1', TG_ARGV[0], TG_ARGV[1]) INTO named;
    IF named IS NOT NULL THEN
        RAISE EXCEPTION 'The row with id % of % is named by %; it cannot be deleted.',
                        named, TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$fn$
