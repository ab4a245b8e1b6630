-- Schema step 7. Checks the references of the links a statement wrote to fd_artifact_feature_set
-- (an artifact, a set and a run each, one anti-join per table, planned afresh for each statement
-- with EXECUTE so that one link and a million get their own plans), then adds to
-- fd_feature_set_usage one row per set whose count of artifacts the statement changed, folding a
-- set's rows into one once it has more than 32.
CREATE FUNCTION fd_links_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    missing TEXT;
    sets BIGINT[];
    counts BIGINT[];
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE $q$
            SELECT 'the artifact with id ' || n.artifact_id FROM fd_new_links n
            WHERE NOT EXISTS (SELECT 1 FROM fd_artifact a WHERE a.id = n.artifact_id)
            UNION ALL
            SELECT 'the feature set with id ' || n.feature_set_id
            FROM (SELECT DISTINCT feature_set_id FROM fd_new_links) n
            WHERE NOT EXISTS (SELECT 1 FROM fd_feature_set s WHERE s.id = n.feature_set_id)
            UNION ALL
            SELECT 'the run with id ' || n.run_id
            FROM (SELECT DISTINCT run_id FROM fd_new_links WHERE run_id IS NOT NULL) n
            WHERE NOT EXISTS (SELECT 1 FROM fd_run r WHERE r.id = n.run_id)
            LIMIT 1 $q$ INTO missing;
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'A link of an artifact to a feature set names %, which does not exist.', missing
                USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    EXECUTE 'SELECT array_agg(feature_set_id), array_agg(n) FROM (SELECT feature_set_id, SUM(d) AS n FROM ('
        || CASE TG_OP
               WHEN 'INSERT' THEN 'SELECT feature_set_id, 1 AS d FROM fd_new_links'
               WHEN 'DELETE' THEN 'SELECT feature_set_id, -1 AS d FROM fd_old_links'
               ELSE 'SELECT feature_set_id, 1 AS d FROM fd_new_links '
                    'UNION ALL SELECT feature_set_id, -1 FROM fd_old_links'
           END
        || ') c GROUP BY feature_set_id) t WHERE n <> 0' INTO sets, counts;
    IF sets IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) SELECT * FROM unnest(sets, counts);
    WITH crowded AS (
        SELECT feature_set_id FROM fd_feature_set_usage WHERE feature_set_id = ANY (sets)
        GROUP BY feature_set_id HAVING COUNT(*) > 32),
    folded AS (
        DELETE FROM fd_feature_set_usage u USING crowded c WHERE u.feature_set_id = c.feature_set_id
        RETURNING u.feature_set_id, u.artifacts)
    INSERT INTO fd_feature_set_usage (feature_set_id, artifacts)
    SELECT feature_set_id, SUM(artifacts) FROM folded GROUP BY feature_set_id;
    RETURN NULL;
END
$fn$
