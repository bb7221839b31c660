-- The shipped pipelines answer with whatever AURA_LLM_PROVIDER selects ("default": the offline composer when no
-- provider is configured), so a hosted model needs no profile edits. Only the shipped profiles' steps that still
-- name "offline" change; a step an admin pointed elsewhere keeps its model, and the steps keep their order.
update holistic_agent_profiles p
set pipeline = (
      select jsonb_agg(
               case when s.step ->> 'model' = 'offline' then jsonb_set(s.step, '{model}', '"default"') else s.step end
               order by s.position)
      from jsonb_array_elements(p.pipeline) with ordinality as s(step, position))
where p.name in ('mind-default', 'body-default', 'soul-default')
  and p.pipeline @> '[{"model": "offline"}]';
