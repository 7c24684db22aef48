/// The store's schema, as forward migrations; `PRAGMA user_version` counts those applied.
enum Migrations {
  /// Each entry moves the schema from version `index` to `index + 1`.
  static let steps: [String] = [version1, version2, version3, version4]

  /// The schema version this build of plansh writes.
  static var latest: Int { steps.count }

  private static let version1 = """
    CREATE TABLE plan_type (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE question (
      code TEXT PRIMARY KEY,
      scope TEXT NOT NULL CHECK (scope IN ('plan', 'account')),
      section TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE TABLE plan_type_question (
      plan_type_id INTEGER NOT NULL REFERENCES plan_type(id) ON DELETE CASCADE,
      question_code TEXT NOT NULL REFERENCES question(code),
      position INTEGER NOT NULL,
      PRIMARY KEY (plan_type_id, question_code)
    );
    CREATE TABLE plan (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      plan_type_id INTEGER REFERENCES plan_type(id),
      owner TEXT NOT NULL DEFAULT '',
      currency TEXT NOT NULL DEFAULT 'USD',
      starts_on TEXT,
      ends_on TEXT,
      target_minor INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE team_member (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      name TEXT NOT NULL COLLATE NOCASE,
      role TEXT NOT NULL DEFAULT '',
      UNIQUE (plan_id, name)
    );
    CREATE TABLE account (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      parent_id INTEGER REFERENCES account(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'account' CHECK (kind IN ('account', 'division', 'rollup')),
      segment TEXT CHECK (segment IN ('A', 'B', 'C', 'D')),
      targeted INTEGER NOT NULL DEFAULT 0,
      industry TEXT NOT NULL DEFAULT '',
      external_ref TEXT,
      updated_at TEXT NOT NULL,
      UNIQUE (plan_id, external_ref)
    );
    CREATE INDEX account_by_plan ON account(plan_id, name);
    CREATE TABLE solution (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      family TEXT NOT NULL DEFAULT '',
      targeted INTEGER NOT NULL DEFAULT 0,
      external_ref TEXT,
      UNIQUE (plan_id, name),
      UNIQUE (plan_id, external_ref)
    );
    CREATE TABLE contact (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      reports_to_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
      support TEXT,
      external_ref TEXT,
      updated_at TEXT NOT NULL,
      UNIQUE (plan_id, external_ref)
    );
    CREATE INDEX contact_by_plan ON contact(plan_id, name);
    CREATE TABLE opportunity (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
      solution_id INTEGER REFERENCES solution(id) ON DELETE SET NULL,
      name TEXT NOT NULL,
      amount_minor INTEGER NOT NULL DEFAULT 0,
      close_date TEXT,
      stage TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('potential', 'open', 'won', 'lost')),
      owner TEXT NOT NULL DEFAULT '',
      external_ref TEXT,
      updated_at TEXT NOT NULL,
      UNIQUE (plan_id, external_ref)
    );
    CREATE INDEX opportunity_by_plan ON opportunity(plan_id, account_id);
    CREATE TABLE answer (
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER NOT NULL DEFAULT 0,
      question_code TEXT NOT NULL REFERENCES question(code),
      rating INTEGER CHECK (rating IN (-1, 0, 1)),
      text TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, account_id, question_code)
    );
    CREATE TABLE insight (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES account(id) ON DELETE CASCADE,
      row_kind TEXT NOT NULL
        CHECK (row_kind IN ('goal', 'pressure', 'initiative', 'obstacle', 'solution')),
      text TEXT NOT NULL,
      concerns TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'unconfirmed'
        CHECK (status IN ('unconfirmed', 'confirmed', 'done')),
      updated_at TEXT NOT NULL
    );
    CREATE TABLE objective (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL DEFAULT 'revenue',
      metric TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL DEFAULT '',
      priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
      due_on TEXT,
      status TEXT NOT NULL DEFAULT 'not started' CHECK (status IN
        ('not started', 'in progress', 'deferred', 'achieved', 'cancelled')),
      updated_at TEXT NOT NULL
    );
    CREATE TABLE meeting (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      agenda TEXT NOT NULL,
      facilitator TEXT NOT NULL,
      participants TEXT NOT NULL DEFAULT '',
      started_at TEXT NOT NULL,
      ended_at TEXT,
      current_step INTEGER NOT NULL DEFAULT 0,
      transcript TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE meeting_step (
      meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      area TEXT NOT NULL DEFAULT '',
      planned_seconds INTEGER NOT NULL DEFAULT 0,
      started_at TEXT,
      ended_at TEXT,
      PRIMARY KEY (meeting_id, position)
    );
    CREATE TABLE action (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      objective_id INTEGER REFERENCES objective(id) ON DELETE SET NULL,
      meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
      area TEXT NOT NULL DEFAULT '',
      name TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due_on TEXT,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      created_at TEXT NOT NULL,
      done_at TEXT
    );
    CREATE INDEX action_by_plan ON action(plan_id, status, due_on);
    CREATE TABLE feedback (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
      area TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL DEFAULT 'feedback'
        CHECK (kind IN ('feedback', 'question', 'gap', 'decision')),
      text TEXT NOT NULL,
      speaker TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER,
      at TEXT NOT NULL,
      who TEXT NOT NULL,
      what TEXT NOT NULL
    );
    """

  /// Relationship attributes for key players and coverage, votes on feedback, and the
  /// account a piece of feedback is about.
  private static let version2 = """
    ALTER TABLE contact ADD COLUMN political TEXT
      CHECK (political IN ('inner circle', 'political structure'));
    ALTER TABLE contact ADD COLUMN coverage TEXT
      CHECK (coverage IN ('unknown', 'no contact', 'brief', 'multiple', 'in depth'));
    ALTER TABLE feedback ADD COLUMN votes INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE feedback ADD COLUMN account_id INTEGER REFERENCES account(id) ON DELETE SET NULL;
    ALTER TABLE team_member ADD COLUMN access TEXT NOT NULL DEFAULT 'edit'
      CHECK (access IN ('owner', 'edit', 'view'));
    ALTER TABLE contact ADD COLUMN kind TEXT NOT NULL DEFAULT 'contact'
      CHECK (kind IN ('contact', 'external', 'persona'));
    ALTER TABLE contact ADD COLUMN orientation TEXT
      CHECK (orientation IN ('financial', 'technical', 'relationship', 'business'));
    CREATE TABLE target_period (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      starts_on TEXT NOT NULL,
      ends_on TEXT NOT NULL,
      target_minor INTEGER NOT NULL,
      CHECK (starts_on <= ends_on)
    );
    CREATE TABLE relationship (
      contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
      member TEXT NOT NULL COLLATE NOCASE,
      current_level TEXT CHECK (current_level IN
        ('vendor', 'credible source', 'problem solver', 'trusted advisor')),
      desired_level TEXT CHECK (desired_level IN
        ('vendor', 'credible source', 'problem solver', 'trusted advisor')),
      PRIMARY KEY (contact_id, member)
    );
    CREATE TABLE contact_line (
      from_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
      to_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('influence', 'conflict')),
      PRIMARY KEY (from_id, to_id, kind)
    );
    ALTER TABLE insight ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE insight ADD COLUMN confirmed_on TEXT;
    CREATE TABLE insight_link (
      from_id INTEGER NOT NULL REFERENCES insight(id) ON DELETE CASCADE,
      to_id INTEGER NOT NULL REFERENCES insight(id) ON DELETE CASCADE,
      PRIMARY KEY (from_id, to_id)
    );
    CREATE TABLE landscape (
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      solution_id INTEGER NOT NULL REFERENCES solution(id) ON DELETE CASCADE,
      spend_minor INTEGER NOT NULL DEFAULT 0,
      our_share INTEGER NOT NULL DEFAULT 0 CHECK (our_share BETWEEN 0 AND 100),
      competitors TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (account_id, solution_id)
    );
    """

  /// Indexes for plans at scale: names looked up ignoring case (name resolution, imports,
  /// listings sorted by name), a contact's account, an objective's actions, and the
  /// opportunity map's cells and pipeline totals read from indexes alone.
  private static let version3 = """
    DROP INDEX opportunity_by_plan;
    CREATE INDEX opportunity_by_plan
      ON opportunity(plan_id, account_id, solution_id, status, amount_minor);
    CREATE INDEX opportunity_by_status ON opportunity(plan_id, status, amount_minor, close_date);
    DROP INDEX account_by_plan;
    CREATE INDEX account_by_plan ON account(plan_id, name COLLATE NOCASE);
    DROP INDEX contact_by_plan;
    CREATE INDEX contact_by_plan ON contact(plan_id, name COLLATE NOCASE);
    CREATE INDEX contact_by_account ON contact(account_id);
    CREATE INDEX contact_by_support ON contact(plan_id, support);
    CREATE INDEX opportunity_by_name ON opportunity(plan_id, name COLLATE NOCASE);
    CREATE INDEX objective_by_name ON objective(plan_id, name COLLATE NOCASE);
    CREATE INDEX action_by_name ON action(plan_id, name COLLATE NOCASE);
    CREATE INDEX action_by_objective ON action(objective_id);
    """

  /// The order and activity of solutions, an account's level of relationship, and named
  /// sections on insight maps.
  private static let version4 = """
    ALTER TABLE solution ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE solution ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE account ADD COLUMN relationship TEXT CHECK (relationship IN
      ('vendor', 'credible source', 'problem solver', 'trusted advisor'));
    ALTER TABLE insight ADD COLUMN section TEXT NOT NULL DEFAULT '';
    """
}
