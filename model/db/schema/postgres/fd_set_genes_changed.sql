-- Schema step 11. Checks each new or changed array of a set's genes: distinct and ascending, every
-- gene existing. One query per new row with its array bound, so that the planner sees the length:
-- a merge anti-join against fd_gene's primary key for a big set, index probes for a small one. No
-- hash join: it would hash every gene of the registry (as step 7's check did).
CREATE FUNCTION fd_set_genes_changed() RETURNS trigger
LANGUAGE plpgsql SET enable_hashjoin = off AS $fn$
DECLARE
    r RECORD;
    bad BIGINT;
BEGIN
    FOR r IN SELECT feature_set_id, gene_ids FROM fd_new_set_genes LOOP
        EXECUTE 'SELECT count(*) FROM generate_subscripts($1, 1) i WHERE i > 1 AND NOT $1[i - 1] < $1[i]'
            INTO bad USING r.gene_ids;
        IF bad > 0 THEN
            RAISE EXCEPTION 'The genes of the feature set with id % are not distinct and ascending.',
                            r.feature_set_id
                USING ERRCODE = 'check_violation';
        END IF;
        EXECUTE 'SELECT min(g) FROM unnest($1) g WHERE NOT EXISTS (SELECT 1 FROM fd_gene m WHERE m.id = g)'
            INTO bad USING r.gene_ids;
        IF bad IS NOT NULL THEN
            RAISE EXCEPTION 'A member of a feature set names the gene with id %, which does not exist.', bad
                USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END
$fn$
