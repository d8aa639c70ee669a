-- Stored conversations: each form keeps its own place. Release 0.1.0 kept one `detour` (the
-- field asked out of order) and one `resume_step` (where to go afterwards) for both forms, so a
-- change of an eligibility answer made while a ticket field was being changed forgot the ticket
-- field. The form runner keeps the ticket's own in `ticket_detour` / `ticket_resume_step`: a
-- conversation stored mid-change of a ticket field moves its detour there. Every other
-- conversation gains the two keys empty (state.py gives the same defaults when they are absent).
UPDATE conversations
SET state_json = json_set(
        state_json,
        '$.ticket_detour', json_extract(state_json, '$.detour'),
        '$.ticket_resume_step', json_extract(state_json, '$.resume_step'),
        '$.detour', json('null'),
        '$.resume_step', json('null')
    )
WHERE step IN ('ticket_field', 'ticket_review', 'ticket_pick_field')
  AND json_extract(state_json, '$.detour') IN ('account', 'company', 'address', 'contact', 'phone');

UPDATE conversations
SET state_json = json_set(
        state_json,
        '$.ticket_detour', json('null'),
        '$.ticket_resume_step', json('null')
    )
WHERE json_type(state_json, '$.ticket_detour') IS NULL;
