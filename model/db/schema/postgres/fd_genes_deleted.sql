-- Schema step 11. Refuses to delete genes a set holds. One GIN scan for all the deleted genes (not
-- a scan of every array, see fd_sets_with_gene); then the first of them that the set found names.
CREATE FUNCTION fd_genes_deleted() RETURNS trigger
LANGUAGE plpgsql SET enable_seqscan = off AS $fn$
DECLARE
    holder BIGINT;
    named BIGINT;
BEGIN
    LOCK TABLE fd_feature_set_genes IN SHARE ROW EXCLUSIVE MODE;
    SELECT s.feature_set_id INTO holder FROM fd_feature_set_genes s
    WHERE s.gene_ids && (SELECT array_agg(o.id) FROM fd_old_rows o) LIMIT 1;
    IF holder IS NOT NULL THEN
        SELECT min(g) INTO named FROM fd_feature_set_genes s, unnest(s.gene_ids) g
        WHERE s.feature_set_id = holder AND g IN (SELECT o.id FROM fd_old_rows o);
        RAISE EXCEPTION 'The row with id % of fd_gene is named by fd_feature_set_genes; it cannot be deleted.',
                        named
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$fn$
