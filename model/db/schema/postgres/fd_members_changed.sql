-- Schema step 7. Checks the references of the members a statement wrote to a set's member table.
-- TG_ARGV: the member column, the member table, what a member is called.
CREATE FUNCTION fd_members_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    missing TEXT;
BEGIN
    EXECUTE format($q$
        SELECT 'the feature set with id ' || n.feature_set_id
        FROM (SELECT DISTINCT feature_set_id FROM fd_new_members) n
        WHERE NOT EXISTS (SELECT 1 FROM fd_feature_set s WHERE s.id = n.feature_set_id)
        UNION ALL
        SELECT %3$L || ' with id ' || n.%1$I FROM fd_new_members n
        WHERE NOT EXISTS (SELECT 1 FROM %2$I m WHERE m.id = n.%1$I)
        LIMIT 1 $q$, TG_ARGV[0], TG_ARGV[1], 'the ' || TG_ARGV[2]) INTO missing;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'A member of a feature set names %, which does not exist.', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$fn$
