package org.referraldesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.StoryEvent;

/** The timeline of each story. */
public interface StoryEventDao {

    @SqlUpdate("INSERT INTO story_event (referral_id, at, stage, note, corrected) "
            + "VALUES (:e.referralId, :e.at, :e.stage, :e.note, :e.corrected)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("e") StoryEvent event);

    /** Takes a step off the timeline (a stage move undone). */
    @SqlUpdate("DELETE FROM story_event WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlQuery("SELECT id, referral_id, at, stage, note, corrected FROM story_event WHERE referral_id = :id "
            + "ORDER BY at, id")
    List<StoryEvent> timeline(@Bind("id") long referralId);

    /** Moves the story's first event (when it was received) to {@code at}. */
    @SqlUpdate("UPDATE story_event SET at = :at WHERE id = (SELECT MIN(id) FROM story_event WHERE referral_id = :id)")
    void moveReceived(@Bind("id") long referralId, @Bind("at") java.time.Instant at);
}
