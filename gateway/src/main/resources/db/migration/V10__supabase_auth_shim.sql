-- What Supabase provides and plain PostgreSQL lacks, so the row-level security policies (V11) read the same
-- everywhere: the roles anon, authenticated and service_role, and auth.uid(), auth.role(), auth.jwt() reading the
-- request's JWT claims from the transaction setting request.jwt.claims (as PostgREST and Supabase set it).
-- On Supabase every object below already exists and is left untouched.

-- Roles are cluster-wide: several databases on one server (tests, tenants) may migrate at the same moment, so a
-- role created meanwhile by another session is fine, whether PostgreSQL reports it as duplicate_object or, when
-- both inserts race in the catalog, as unique_violation.
do $$
declare
  role_name text;
begin
  foreach role_name in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select 1 from pg_roles where rolname = role_name) then
      begin
        execute format('create role %I nologin noinherit', role_name);
      exception when duplicate_object or unique_violation then
        null;
      end;
    end if;
  end loop;
end $$;

-- The gateway switches to these roles per transaction (SET LOCAL ROLE), which needs membership. A concurrent grant
-- of the same membership may fail with a catalog error although the membership then exists: only a membership
-- still missing afterwards is an error.
do $$
declare
  role_name text;
begin
  foreach role_name in array array['anon', 'authenticated', 'service_role'] loop
    if not pg_has_role(current_user, role_name, 'member') then
      begin
        execute format('grant %I to %I', role_name, current_user);
      exception when others then
        if not pg_has_role(current_user, role_name, 'member') then
          raise;
        end if;
      end;
    end if;
  end loop;
end $$;

create schema if not exists auth;

do $$
begin
  if to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb
      language sql stable as $fn$
      select coalesce(nullif(current_setting('request.jwt.claim', true), ''),
                      nullif(current_setting('request.jwt.claims', true), ''))::jsonb
    $fn$;
    grant execute on function auth.jwt() to anon, authenticated, service_role;
  end if;
  if to_regprocedure('auth.uid()') is null then
    create function auth.uid() returns uuid
      language sql stable as $fn$
      select coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''),
                      (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid
    $fn$;
    grant execute on function auth.uid() to anon, authenticated, service_role;
  end if;
  if to_regprocedure('auth.role()') is null then
    create function auth.role() returns text
      language sql stable as $fn$
      select coalesce(nullif(current_setting('request.jwt.claim.role', true), ''),
                      (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'))::text
    $fn$;
    grant execute on function auth.role() to anon, authenticated, service_role;
  end if;
  -- Only our own shim schema is opened here; Supabase's auth schema keeps its own grants.
  if not exists (select 1 from pg_namespace n join pg_roles r on r.oid = n.nspowner
                 where n.nspname = 'auth' and r.rolname like 'supabase%') then
    grant usage on schema auth to anon, authenticated, service_role;
  end if;
end $$;
