PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_budget_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_budget_accounts`("id", "home_id", "code", "name", "created_at", "updated_at") SELECT "id", "home_id", "code", "name", "created_at", "updated_at" FROM `budget_accounts`;--> statement-breakpoint
DROP TABLE `budget_accounts`;--> statement-breakpoint
ALTER TABLE `__new_budget_accounts` RENAME TO `budget_accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `budget_accounts_home_code_unique` ON `budget_accounts` (`home_id`,`code`);--> statement-breakpoint
CREATE TABLE `__new_budget_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year_id` integer NOT NULL,
	`parent_id` integer,
	`level` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`year_id`) REFERENCES `budget_years`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`parent_id`) REFERENCES `budget_activities`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_activities_level_check" CHECK("__new_budget_activities"."level" in ('program','kegiatan','subkegiatan')),
	CONSTRAINT "budget_activities_parent_check" CHECK(("__new_budget_activities"."level" = 'program') = ("__new_budget_activities"."parent_id" is null))
);
--> statement-breakpoint
INSERT INTO `__new_budget_activities`("id", "home_id", "year_id", "parent_id", "level", "code", "name", "created_at", "updated_at") SELECT "id", "home_id", "year_id", "parent_id", "level", "code", "name", "created_at", "updated_at" FROM `budget_activities`;--> statement-breakpoint
DROP TABLE `budget_activities`;--> statement-breakpoint
ALTER TABLE `__new_budget_activities` RENAME TO `budget_activities`;--> statement-breakpoint
CREATE UNIQUE INDEX `budget_activities_year_code_unique` ON `budget_activities` (`year_id`,`code`);--> statement-breakpoint
CREATE INDEX `budget_activities_parent_idx` ON `budget_activities` (`parent_id`);--> statement-breakpoint
CREATE TABLE `__new_budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`funding_source` text NOT NULL,
	`allocation` integer NOT NULL,
	`plan_01` integer DEFAULT 0 NOT NULL,
	`plan_02` integer DEFAULT 0 NOT NULL,
	`plan_03` integer DEFAULT 0 NOT NULL,
	`plan_04` integer DEFAULT 0 NOT NULL,
	`plan_05` integer DEFAULT 0 NOT NULL,
	`plan_06` integer DEFAULT 0 NOT NULL,
	`plan_07` integer DEFAULT 0 NOT NULL,
	`plan_08` integer DEFAULT 0 NOT NULL,
	`plan_09` integer DEFAULT 0 NOT NULL,
	`plan_10` integer DEFAULT 0 NOT NULL,
	`plan_11` integer DEFAULT 0 NOT NULL,
	`plan_12` integer DEFAULT 0 NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`year_id`) REFERENCES `budget_years`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`activity_id`) REFERENCES `budget_activities`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`account_id`) REFERENCES `budget_accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_lines_source_check" CHECK("__new_budget_lines"."funding_source" in ('apbd','apbn_dekon','apbn_tp','other')),
	CONSTRAINT "budget_lines_allocation_check" CHECK("__new_budget_lines"."allocation" >= 0),
	CONSTRAINT "budget_lines_plan_check" CHECK(min("__new_budget_lines"."plan_01", "__new_budget_lines"."plan_02", "__new_budget_lines"."plan_03", "__new_budget_lines"."plan_04", "__new_budget_lines"."plan_05", "__new_budget_lines"."plan_06", "__new_budget_lines"."plan_07", "__new_budget_lines"."plan_08", "__new_budget_lines"."plan_09", "__new_budget_lines"."plan_10", "__new_budget_lines"."plan_11", "__new_budget_lines"."plan_12") >= 0
        and "__new_budget_lines"."plan_01" + "__new_budget_lines"."plan_02" + "__new_budget_lines"."plan_03" + "__new_budget_lines"."plan_04" + "__new_budget_lines"."plan_05" + "__new_budget_lines"."plan_06" + "__new_budget_lines"."plan_07" + "__new_budget_lines"."plan_08" + "__new_budget_lines"."plan_09" + "__new_budget_lines"."plan_10" + "__new_budget_lines"."plan_11" + "__new_budget_lines"."plan_12" = "__new_budget_lines"."allocation")
);
--> statement-breakpoint
INSERT INTO `__new_budget_lines`("id", "home_id", "year_id", "activity_id", "account_id", "funding_source", "allocation", "plan_01", "plan_02", "plan_03", "plan_04", "plan_05", "plan_06", "plan_07", "plan_08", "plan_09", "plan_10", "plan_11", "plan_12", "note", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "year_id", "activity_id", "account_id", "funding_source", "allocation", "plan_01", "plan_02", "plan_03", "plan_04", "plan_05", "plan_06", "plan_07", "plan_08", "plan_09", "plan_10", "plan_11", "plan_12", "note", "created_by", "created_at", "updated_at" FROM `budget_lines`;--> statement-breakpoint
DROP TABLE `budget_lines`;--> statement-breakpoint
ALTER TABLE `__new_budget_lines` RENAME TO `budget_lines`;--> statement-breakpoint
CREATE UNIQUE INDEX `budget_lines_unique` ON `budget_lines` (`activity_id`,`account_id`,`funding_source`);--> statement-breakpoint
CREATE INDEX `budget_lines_year_idx` ON `budget_lines` (`year_id`);--> statement-breakpoint
CREATE TABLE `__new_budget_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`line_id` integer NOT NULL,
	`revised_on` text NOT NULL,
	`allocation_before` integer NOT NULL,
	`allocation_after` integer NOT NULL,
	`plan_before` text NOT NULL,
	`plan_after` text NOT NULL,
	`reference` text,
	`reason` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_revisions_allocation_check" CHECK("__new_budget_revisions"."allocation_before" >= 0 and "__new_budget_revisions"."allocation_after" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_budget_revisions`("id", "home_id", "line_id", "revised_on", "allocation_before", "allocation_after", "plan_before", "plan_after", "reference", "reason", "created_by", "created_at") SELECT "id", "home_id", "line_id", "revised_on", "allocation_before", "allocation_after", "plan_before", "plan_after", "reference", "reason", "created_by", "created_at" FROM `budget_revisions`;--> statement-breakpoint
DROP TABLE `budget_revisions`;--> statement-breakpoint
ALTER TABLE `__new_budget_revisions` RENAME TO `budget_revisions`;--> statement-breakpoint
CREATE INDEX `budget_revisions_line_idx` ON `budget_revisions` (`line_id`,`revised_on`);--> statement-breakpoint
CREATE TABLE `__new_budget_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_years_year_check" CHECK("__new_budget_years"."year" between 2000 and 2100)
);
--> statement-breakpoint
INSERT INTO `__new_budget_years`("id", "home_id", "year", "created_by", "created_at") SELECT "id", "home_id", "year", "created_by", "created_at" FROM `budget_years`;--> statement-breakpoint
DROP TABLE `budget_years`;--> statement-breakpoint
ALTER TABLE `__new_budget_years` RENAME TO `budget_years`;--> statement-breakpoint
CREATE UNIQUE INDEX `budget_years_home_year_unique` ON `budget_years` (`home_id`,`year`);--> statement-breakpoint
CREATE TABLE `__new_spending` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`line_id` integer NOT NULL,
	`spent_on` text NOT NULL,
	`amount` integer NOT NULL,
	`description` text NOT NULL,
	`payee` text,
	`proof_no` text,
	`source_type` text DEFAULT 'manual' NOT NULL,
	`source_id` integer,
	`source_label` text,
	`resident_id` integer,
	`reversal_of` integer,
	`override_by` integer,
	`override_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reversal_of`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "spending_amount_check" CHECK(("__new_spending"."amount" > 0 and "__new_spending"."reversal_of" is null) or ("__new_spending"."amount" < 0 and "__new_spending"."reversal_of" is not null)),
	CONSTRAINT "spending_override_check" CHECK(("__new_spending"."override_by" is null) = ("__new_spending"."override_reason" is null))
);
--> statement-breakpoint
INSERT INTO `__new_spending`("id", "home_id", "line_id", "spent_on", "amount", "description", "payee", "proof_no", "source_type", "source_id", "source_label", "resident_id", "reversal_of", "override_by", "override_reason", "created_by", "created_at") SELECT "id", "home_id", "line_id", "spent_on", "amount", "description", "payee", "proof_no", "source_type", "source_id", "source_label", "resident_id", "reversal_of", "override_by", "override_reason", "created_by", "created_at" FROM `spending`;--> statement-breakpoint
DROP TABLE `spending`;--> statement-breakpoint
ALTER TABLE `__new_spending` RENAME TO `spending`;--> statement-breakpoint
CREATE INDEX `spending_home_date_idx` ON `spending` (`home_id`,`spent_on`,`line_id`,`amount`);--> statement-breakpoint
CREATE INDEX `spending_line_idx` ON `spending` (`line_id`,`spent_on`,`amount`);--> statement-breakpoint
CREATE INDEX `spending_source_idx` ON `spending` (`source_type`,`source_id`);--> statement-breakpoint
CREATE INDEX `spending_override_idx` ON `spending` (`home_id`,`spent_on`) WHERE "spending"."override_by" is not null;--> statement-breakpoint
CREATE INDEX `spending_resident_idx` ON `spending` (`resident_id`) WHERE "spending"."resident_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `spending_reversal_unique` ON `spending` (`reversal_of`) WHERE "spending"."reversal_of" is not null;--> statement-breakpoint
CREATE TABLE `__new_care_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`noted_on` text NOT NULL,
	`noted_time` text,
	`shift` text NOT NULL,
	`category` text NOT NULL,
	`note` text NOT NULL,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_care_notes`("id", "home_id", "resident_id", "noted_on", "noted_time", "shift", "category", "note", "recorded_by", "recorded_at") SELECT "id", "home_id", "resident_id", "noted_on", "noted_time", "shift", "category", "note", "recorded_by", "recorded_at" FROM `care_notes`;--> statement-breakpoint
DROP TABLE `care_notes`;--> statement-breakpoint
ALTER TABLE `__new_care_notes` RENAME TO `care_notes`;--> statement-breakpoint
CREATE INDEX `care_notes_home_day_idx` ON `care_notes` (`home_id`,`noted_on`,`shift`);--> statement-breakpoint
CREATE INDEX `care_notes_resident_idx` ON `care_notes` (`resident_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `__new_incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`occurred_on` text NOT NULL,
	`occurred_time` text,
	`severity` text NOT NULL,
	`description` text NOT NULL,
	`action_taken` text NOT NULL,
	`follow_up` text,
	`follow_up_due` text,
	`resolved_on` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "incidents_severity_check" CHECK("__new_incidents"."severity" in ('low','medium','high','critical'))
);
--> statement-breakpoint
INSERT INTO `__new_incidents`("id", "home_id", "resident_id", "occurred_on", "occurred_time", "severity", "description", "action_taken", "follow_up", "follow_up_due", "resolved_on", "recorded_by", "recorded_at") SELECT "id", "home_id", "resident_id", "occurred_on", "occurred_time", "severity", "description", "action_taken", "follow_up", "follow_up_due", "resolved_on", "recorded_by", "recorded_at" FROM `incidents`;--> statement-breakpoint
DROP TABLE `incidents`;--> statement-breakpoint
ALTER TABLE `__new_incidents` RENAME TO `incidents`;--> statement-breakpoint
CREATE INDEX `incidents_home_day_idx` ON `incidents` (`home_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `incidents_resident_idx` ON `incidents` (`resident_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `__new_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`problems` text NOT NULL,
	`needs` text NOT NULL,
	`strengths` text NOT NULL,
	`family_situation` text NOT NULL,
	`recommendation` text,
	`assessor_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_assessments`("id", "home_id", "resident_id", "assessed_on", "problems", "needs", "strengths", "family_situation", "recommendation", "assessor_id", "created_at") SELECT "id", "home_id", "resident_id", "assessed_on", "problems", "needs", "strengths", "family_situation", "recommendation", "assessor_id", "created_at" FROM `assessments`;--> statement-breakpoint
DROP TABLE `assessments`;--> statement-breakpoint
ALTER TABLE `__new_assessments` RENAME TO `assessments`;--> statement-breakpoint
CREATE INDEX `assessments_resident_idx` ON `assessments` (`resident_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `__new_goal_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`noted_on` text NOT NULL,
	`note` text NOT NULL,
	`progress_percent` integer,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_goal_progress`("id", "goal_id", "noted_on", "note", "progress_percent", "recorded_by", "recorded_at") SELECT "id", "goal_id", "noted_on", "note", "progress_percent", "recorded_by", "recorded_at" FROM `goal_progress`;--> statement-breakpoint
DROP TABLE `goal_progress`;--> statement-breakpoint
ALTER TABLE `__new_goal_progress` RENAME TO `goal_progress`;--> statement-breakpoint
CREATE INDEX `progress_goal_idx` ON `goal_progress` (`goal_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `__new_intervention_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`summary` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`submitted_at` text,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "plans_status_check" CHECK("__new_intervention_plans"."status" in ('draft','submitted','approved','returned'))
);
--> statement-breakpoint
INSERT INTO `__new_intervention_plans`("id", "home_id", "resident_id", "period_start", "period_end", "summary", "status", "created_by", "created_at", "submitted_at", "decided_by", "decided_at", "decision_note") SELECT "id", "home_id", "resident_id", "period_start", "period_end", "summary", "status", "created_by", "created_at", "submitted_at", "decided_by", "decided_at", "decision_note" FROM `intervention_plans`;--> statement-breakpoint
DROP TABLE `intervention_plans`;--> statement-breakpoint
ALTER TABLE `__new_intervention_plans` RENAME TO `intervention_plans`;--> statement-breakpoint
CREATE INDEX `plans_resident_idx` ON `intervention_plans` (`resident_id`);--> statement-breakpoint
CREATE INDEX `plans_home_status_idx` ON `intervention_plans` (`home_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_resident_stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`stage_id`) REFERENCES `rehab_stages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_resident_stages`("id", "resident_id", "stage_id", "started_on", "ended_on", "note", "recorded_by", "recorded_at") SELECT "id", "resident_id", "stage_id", "started_on", "ended_on", "note", "recorded_by", "recorded_at" FROM `resident_stages`;--> statement-breakpoint
DROP TABLE `resident_stages`;--> statement-breakpoint
ALTER TABLE `__new_resident_stages` RENAME TO `resident_stages`;--> statement-breakpoint
CREATE INDEX `resident_stages_resident_idx` ON `resident_stages` (`resident_id`,`started_on`);--> statement-breakpoint
CREATE TABLE `__new_homes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`address` text NOT NULL,
	`province` text NOT NULL,
	`regency` text NOT NULL,
	`phone` text,
	`email` text,
	`head_name` text NOT NULL,
	`head_nip` text NOT NULL,
	`finance_name` text NOT NULL,
	`finance_nip` text NOT NULL,
	`logo_data_url` text,
	`capacity` integer,
	`time_zone` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_homes`("id", "name", "type", "address", "province", "regency", "phone", "email", "head_name", "head_nip", "finance_name", "finance_nip", "logo_data_url", "capacity", "active", "created_at", "updated_at") SELECT "id", "name", "type", "address", "province", "regency", "phone", "email", "head_name", "head_nip", "finance_name", "finance_nip", "logo_data_url", "capacity", "active", "created_at", "updated_at" FROM `homes`;--> statement-breakpoint
DROP TABLE `homes`;--> statement-breakpoint
ALTER TABLE `__new_homes` RENAME TO `homes`;--> statement-breakpoint
CREATE TABLE `__new_intake_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`application_no` text NOT NULL,
	`application_date` text NOT NULL,
	`full_name` text NOT NULL,
	`nickname` text,
	`nik` text,
	`kk_number` text,
	`birth_place` text,
	`birth_date` text,
	`birth_date_estimated` integer DEFAULT false NOT NULL,
	`sex` text NOT NULL,
	`religion` text,
	`education` text,
	`marital_status` text,
	`origin_province` text,
	`origin_regency` text,
	`origin_district` text,
	`origin_village` text,
	`origin_address` text,
	`pmks_category` integer NOT NULL,
	`disability_type` text DEFAULT 'none' NOT NULL,
	`disability_degree` text,
	`referral_source` text NOT NULL,
	`referrer_name` text,
	`referral_letter_no` text,
	`referral_letter_date` text,
	`health_notes` text,
	`notes` text,
	`guardians` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`round_id` integer,
	`resident_id` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `intake_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_applications_sex_check" CHECK("__new_intake_applications"."sex" in ('L','P')),
	CONSTRAINT "intake_applications_status_check" CHECK("__new_intake_applications"."status" in ('registered','waitlisted','rejected','referred','admitted')),
	CONSTRAINT "intake_applications_nik_check" CHECK("__new_intake_applications"."nik" is null or (length("__new_intake_applications"."nik") = 16 and "__new_intake_applications"."nik" not glob '*[^0-9]*'))
);
--> statement-breakpoint
INSERT INTO `__new_intake_applications`("id", "home_id", "application_no", "application_date", "full_name", "nickname", "nik", "kk_number", "birth_place", "birth_date", "birth_date_estimated", "sex", "religion", "education", "marital_status", "origin_province", "origin_regency", "origin_district", "origin_village", "origin_address", "pmks_category", "disability_type", "disability_degree", "referral_source", "referrer_name", "referral_letter_no", "referral_letter_date", "health_notes", "notes", "guardians", "status", "round_id", "resident_id", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "application_no", "application_date", "full_name", "nickname", "nik", "kk_number", "birth_place", "birth_date", "birth_date_estimated", "sex", "religion", "education", "marital_status", "origin_province", "origin_regency", "origin_district", "origin_village", "origin_address", "pmks_category", "disability_type", "disability_degree", "referral_source", "referrer_name", "referral_letter_no", "referral_letter_date", "health_notes", "notes", "guardians", "status", "round_id", "resident_id", "created_by", "created_at", "updated_at" FROM `intake_applications`;--> statement-breakpoint
DROP TABLE `intake_applications`;--> statement-breakpoint
ALTER TABLE `__new_intake_applications` RENAME TO `intake_applications`;--> statement-breakpoint
CREATE UNIQUE INDEX `intake_applications_no_unique` ON `intake_applications` (`home_id`,`application_no`);--> statement-breakpoint
CREATE INDEX `intake_applications_status_idx` ON `intake_applications` (`home_id`,`status`);--> statement-breakpoint
CREATE INDEX `intake_applications_round_idx` ON `intake_applications` (`round_id`);--> statement-breakpoint
CREATE TABLE `__new_intake_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`scores` text NOT NULL,
	`score_x10` integer NOT NULL,
	`notes` text,
	`assessed_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_intake_assessments`("id", "home_id", "application_id", "assessed_on", "scores", "score_x10", "notes", "assessed_by", "created_at") SELECT "id", "home_id", "application_id", "assessed_on", "scores", "score_x10", "notes", "assessed_by", "created_at" FROM `intake_assessments`;--> statement-breakpoint
DROP TABLE `intake_assessments`;--> statement-breakpoint
ALTER TABLE `__new_intake_assessments` RENAME TO `intake_assessments`;--> statement-breakpoint
CREATE INDEX `intake_assessments_application_idx` ON `intake_assessments` (`application_id`,`id`);--> statement-breakpoint
CREATE TABLE `__new_intake_criteria` (
	`home_id` integer PRIMARY KEY NOT NULL,
	`min_age` integer,
	`max_age` integer,
	`sexes` text DEFAULT '[]' NOT NULL,
	`pmks_categories` text DEFAULT '[]' NOT NULL,
	`disability_types` text DEFAULT '[]' NOT NULL,
	`required_documents` text DEFAULT '[]' NOT NULL,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_intake_criteria`("home_id", "min_age", "max_age", "sexes", "pmks_categories", "disability_types", "required_documents", "updated_by", "updated_at") SELECT "home_id", "min_age", "max_age", "sexes", "pmks_categories", "disability_types", "required_documents", "updated_by", "updated_at" FROM `intake_criteria`;--> statement-breakpoint
DROP TABLE `intake_criteria`;--> statement-breakpoint
ALTER TABLE `__new_intake_criteria` RENAME TO `intake_criteria`;--> statement-breakpoint
CREATE TABLE `__new_intake_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`decision` text NOT NULL,
	`reason` text NOT NULL,
	`referred_to` text,
	`score_x10` integer,
	`override_by` integer,
	`override_reason` text,
	`letter_no` text,
	`decided_by` integer,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `intake_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_decisions_decision_check" CHECK("__new_intake_decisions"."decision" in ('accepted','waitlisted','rejected','referred'))
);
--> statement-breakpoint
INSERT INTO `__new_intake_decisions`("id", "home_id", "round_id", "application_id", "decision", "reason", "referred_to", "score_x10", "override_by", "override_reason", "letter_no", "decided_by", "decided_at") SELECT "id", "home_id", "round_id", "application_id", "decision", "reason", "referred_to", "score_x10", "override_by", "override_reason", "letter_no", "decided_by", "decided_at" FROM `intake_decisions`;--> statement-breakpoint
DROP TABLE `intake_decisions`;--> statement-breakpoint
ALTER TABLE `__new_intake_decisions` RENAME TO `intake_decisions`;--> statement-breakpoint
CREATE UNIQUE INDEX `intake_decisions_round_application_unique` ON `intake_decisions` (`round_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `__new_intake_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`doc_type` text NOT NULL,
	`title` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`uploaded_by` integer,
	`uploaded_at` text NOT NULL,
	`removed_at` text,
	`removed_by` integer,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_intake_documents`("id", "home_id", "application_id", "doc_type", "title", "file_name", "mime_type", "size_bytes", "sha256", "storage_key", "uploaded_by", "uploaded_at", "removed_at", "removed_by") SELECT "id", "home_id", "application_id", "doc_type", "title", "file_name", "mime_type", "size_bytes", "sha256", "storage_key", "uploaded_by", "uploaded_at", "removed_at", "removed_by" FROM `intake_documents`;--> statement-breakpoint
DROP TABLE `intake_documents`;--> statement-breakpoint
ALTER TABLE `__new_intake_documents` RENAME TO `intake_documents`;--> statement-breakpoint
CREATE INDEX `intake_documents_application_idx` ON `intake_documents` (`application_id`);--> statement-breakpoint
CREATE TABLE `__new_intake_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`computed_quota` integer,
	`quota` integer NOT NULL,
	`quota_reason` text,
	`minutes_no` text,
	`chair_name` text NOT NULL,
	`chair_nip` text,
	`members` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`approved_on` text,
	`approved_by` integer,
	`approved_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_rounds_status_check" CHECK("__new_intake_rounds"."status" in ('open','approved')),
	CONSTRAINT "intake_rounds_quota_check" CHECK("__new_intake_rounds"."quota" >= 0),
	CONSTRAINT "intake_rounds_dates_check" CHECK("__new_intake_rounds"."end_date" >= "__new_intake_rounds"."start_date")
);
--> statement-breakpoint
INSERT INTO `__new_intake_rounds`("id", "home_id", "name", "start_date", "end_date", "computed_quota", "quota", "quota_reason", "minutes_no", "chair_name", "chair_nip", "members", "status", "approved_on", "approved_by", "approved_at", "created_by", "created_at") SELECT "id", "home_id", "name", "start_date", "end_date", "computed_quota", "quota", "quota_reason", "minutes_no", "chair_name", "chair_nip", "members", "status", "approved_on", "approved_by", "approved_at", "created_by", "created_at" FROM `intake_rounds`;--> statement-breakpoint
DROP TABLE `intake_rounds`;--> statement-breakpoint
ALTER TABLE `__new_intake_rounds` RENAME TO `intake_rounds`;--> statement-breakpoint
CREATE INDEX `intake_rounds_home_idx` ON `intake_rounds` (`home_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `__new_food_purchases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`purchased_on` text NOT NULL,
	`supplier` text NOT NULL,
	`proof_no` text,
	`line_id` integer NOT NULL,
	`total` integer NOT NULL,
	`spending_id` integer,
	`note` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "food_purchases_total_check" CHECK("__new_food_purchases"."total" > 0),
	CONSTRAINT "food_purchases_cancel_check" CHECK(("__new_food_purchases"."cancelled_on" is null) = ("__new_food_purchases"."cancel_reason" is null))
);
--> statement-breakpoint
INSERT INTO `__new_food_purchases`("id", "home_id", "purchased_on", "supplier", "proof_no", "line_id", "total", "spending_id", "note", "cancelled_on", "cancel_reason", "created_by", "created_at") SELECT "id", "home_id", "purchased_on", "supplier", "proof_no", "line_id", "total", "spending_id", "note", "cancelled_on", "cancel_reason", "created_by", "created_at" FROM `food_purchases`;--> statement-breakpoint
DROP TABLE `food_purchases`;--> statement-breakpoint
ALTER TABLE `__new_food_purchases` RENAME TO `food_purchases`;--> statement-breakpoint
CREATE INDEX `food_purchases_home_date_idx` ON `food_purchases` (`home_id`,`purchased_on`);--> statement-breakpoint
CREATE TABLE `__new_meal_cost_indexes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`reference` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meal_cost_indexes_amount_check" CHECK("__new_meal_cost_indexes"."amount" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_meal_cost_indexes`("id", "home_id", "year", "amount", "reference", "updated_at") SELECT "id", "home_id", "year", "amount", "reference", "updated_at" FROM `meal_cost_indexes`;--> statement-breakpoint
DROP TABLE `meal_cost_indexes`;--> statement-breakpoint
ALTER TABLE `__new_meal_cost_indexes` RENAME TO `meal_cost_indexes`;--> statement-breakpoint
CREATE UNIQUE INDEX `meal_cost_indexes_home_year_unique` ON `meal_cost_indexes` (`home_id`,`year`);--> statement-breakpoint
CREATE TABLE `__new_meal_menus` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`date` text NOT NULL,
	`meal` text NOT NULL,
	`dishes` text NOT NULL,
	`notes` text,
	`energy_kcal` integer,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_meal_menus`("id", "home_id", "date", "meal", "dishes", "notes", "energy_kcal", "updated_by", "updated_at") SELECT "id", "home_id", "date", "meal", "dishes", "notes", "energy_kcal", "updated_by", "updated_at" FROM `meal_menus`;--> statement-breakpoint
DROP TABLE `meal_menus`;--> statement-breakpoint
ALTER TABLE `__new_meal_menus` RENAME TO `meal_menus`;--> statement-breakpoint
CREATE UNIQUE INDEX `meal_menus_home_date_meal_unique` ON `meal_menus` (`home_id`,`date`,`meal`);--> statement-breakpoint
CREATE TABLE `__new_meal_services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`date` text NOT NULL,
	`meal` text NOT NULL,
	`listed` integer NOT NULL,
	`eaten` integer NOT NULL,
	`partly` integer NOT NULL,
	`refused` integer NOT NULL,
	`absent` integer NOT NULL,
	`sick` integer NOT NULL,
	`fasting` integer NOT NULL,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meal_services_counts_check" CHECK("__new_meal_services"."eaten" + "__new_meal_services"."partly" + "__new_meal_services"."refused" + "__new_meal_services"."absent" + "__new_meal_services"."sick" + "__new_meal_services"."fasting" = "__new_meal_services"."listed")
);
--> statement-breakpoint
INSERT INTO `__new_meal_services`("id", "home_id", "date", "meal", "listed", "eaten", "partly", "refused", "absent", "sick", "fasting", "note", "recorded_by", "recorded_at") SELECT "id", "home_id", "date", "meal", "listed", "eaten", "partly", "refused", "absent", "sick", "fasting", "note", "recorded_by", "recorded_at" FROM `meal_services`;--> statement-breakpoint
DROP TABLE `meal_services`;--> statement-breakpoint
ALTER TABLE `__new_meal_services` RENAME TO `meal_services`;--> statement-breakpoint
CREATE UNIQUE INDEX `meal_services_home_date_meal_unique` ON `meal_services` (`home_id`,`date`,`meal`);--> statement-breakpoint
CREATE TABLE `__new_meal_settings` (
	`home_id` integer PRIMARY KEY NOT NULL,
	`meals` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_meal_settings`("home_id", "meals", "updated_at") SELECT "home_id", "meals", "updated_at" FROM `meal_settings`;--> statement-breakpoint
DROP TABLE `meal_settings`;--> statement-breakpoint
ALTER TABLE `__new_meal_settings` RENAME TO `meal_settings`;--> statement-breakpoint
CREATE TABLE `__new_resident_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`doc_type` text NOT NULL,
	`title` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`uploaded_by` integer,
	`created_at` text NOT NULL,
	`removed_at` text,
	`removed_by` integer,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_resident_documents`("id", "home_id", "resident_id", "doc_type", "title", "file_name", "mime_type", "size_bytes", "sha256", "storage_key", "uploaded_by", "created_at", "removed_at", "removed_by") SELECT "id", "home_id", "resident_id", "doc_type", "title", "file_name", "mime_type", "size_bytes", "sha256", "storage_key", "uploaded_by", "created_at", "removed_at", "removed_by" FROM `resident_documents`;--> statement-breakpoint
DROP TABLE `resident_documents`;--> statement-breakpoint
ALTER TABLE `__new_resident_documents` RENAME TO `resident_documents`;--> statement-breakpoint
CREATE INDEX `documents_resident_idx` ON `resident_documents` (`resident_id`);--> statement-breakpoint
CREATE TABLE `__new_resident_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`exit_type` text,
	`effective_date` text NOT NULL,
	`reason` text NOT NULL,
	`state` text DEFAULT 'approved' NOT NULL,
	`requested_by` integer,
	`created_at` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "status_changes_state_check" CHECK("__new_resident_status_changes"."state" in ('pending','approved','rejected','undone'))
);
--> statement-breakpoint
INSERT INTO `__new_resident_status_changes`("id", "home_id", "resident_id", "from_status", "to_status", "exit_type", "effective_date", "reason", "state", "requested_by", "created_at", "decided_by", "decided_at", "decision_note") SELECT "id", "home_id", "resident_id", "from_status", "to_status", "exit_type", "effective_date", "reason", "state", "requested_by", "created_at", "decided_by", "decided_at", "decision_note" FROM `resident_status_changes`;--> statement-breakpoint
DROP TABLE `resident_status_changes`;--> statement-breakpoint
ALTER TABLE `__new_resident_status_changes` RENAME TO `resident_status_changes`;--> statement-breakpoint
CREATE INDEX `status_changes_resident_idx` ON `resident_status_changes` (`resident_id`,`id`);--> statement-breakpoint
CREATE INDEX `status_changes_home_date_idx` ON `resident_status_changes` (`home_id`,`effective_date`);--> statement-breakpoint
CREATE TABLE `__new_residents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`registration_no` text NOT NULL,
	`full_name` text NOT NULL,
	`name_key` text NOT NULL,
	`nickname` text,
	`nik` text,
	`kk_number` text,
	`birth_place` text,
	`birth_date` text,
	`birth_date_estimated` integer DEFAULT false NOT NULL,
	`sex` text NOT NULL,
	`religion` text,
	`education` text,
	`marital_status` text,
	`origin_province` text,
	`origin_regency` text,
	`origin_district` text,
	`origin_village` text,
	`origin_address` text,
	`pmks_category` integer NOT NULL,
	`disability_type` text DEFAULT 'none' NOT NULL,
	`disability_degree` text,
	`referral_source` text,
	`referral_note` text,
	`admission_date` text NOT NULL,
	`room` text,
	`photo_data_url` text,
	`allergies` text,
	`special_diet` text,
	`notes` text,
	`health_notes` text,
	`hiv_status` text DEFAULT 'unknown' NOT NULL,
	`criminal_history` text,
	`status` text DEFAULT 'active' NOT NULL,
	`exit_date` text,
	`exit_type` text,
	`application_id` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "residents_sex_check" CHECK("__new_residents"."sex" in ('L','P')),
	CONSTRAINT "residents_status_check" CHECK("__new_residents"."status" in ('active','discharged','deceased')),
	CONSTRAINT "residents_pmks_check" CHECK("__new_residents"."pmks_category" between 1 and 26),
	CONSTRAINT "residents_nik_check" CHECK("__new_residents"."nik" is null or (length("__new_residents"."nik") = 16 and "__new_residents"."nik" not glob '*[^0-9]*'))
);
--> statement-breakpoint
INSERT INTO `__new_residents`("id", "home_id", "registration_no", "full_name", "name_key", "nickname", "nik", "kk_number", "birth_place", "birth_date", "birth_date_estimated", "sex", "religion", "education", "marital_status", "origin_province", "origin_regency", "origin_district", "origin_village", "origin_address", "pmks_category", "disability_type", "disability_degree", "referral_source", "referral_note", "admission_date", "room", "photo_data_url", "allergies", "special_diet", "notes", "health_notes", "hiv_status", "criminal_history", "status", "exit_date", "exit_type", "application_id", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "registration_no", "full_name", "name_key", "nickname", "nik", "kk_number", "birth_place", "birth_date", "birth_date_estimated", "sex", "religion", "education", "marital_status", "origin_province", "origin_regency", "origin_district", "origin_village", "origin_address", "pmks_category", "disability_type", "disability_degree", "referral_source", "referral_note", "admission_date", "room", "photo_data_url", "allergies", "special_diet", "notes", "health_notes", "hiv_status", "criminal_history", "status", "exit_date", "exit_type", "application_id", "created_by", "created_at", "updated_at" FROM `residents`;--> statement-breakpoint
DROP TABLE `residents`;--> statement-breakpoint
ALTER TABLE `__new_residents` RENAME TO `residents`;--> statement-breakpoint
CREATE UNIQUE INDEX `residents_home_registration_unique` ON `residents` (`home_id`,`registration_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `residents_home_nik_unique` ON `residents` (`home_id`,`nik`) WHERE "residents"."nik" is not null;--> statement-breakpoint
CREATE INDEX `residents_home_status_idx` ON `residents` (`home_id`,`status`,`name_key`);--> statement-breakpoint
CREATE INDEX `residents_home_name_idx` ON `residents` (`home_id`,`name_key`);--> statement-breakpoint
CREATE INDEX `residents_birth_idx` ON `residents` (`home_id`,`birth_date`);--> statement-breakpoint
CREATE TABLE `__new_school_fees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`school_record_id` integer NOT NULL,
	`kind` text NOT NULL,
	`paid_on` text NOT NULL,
	`amount` integer NOT NULL,
	`description` text NOT NULL,
	`spending_id` integer,
	`voided_on` text,
	`void_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`school_record_id`) REFERENCES `school_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_fees_kind_check" CHECK("__new_school_fees"."kind" in ('tuition','registration','uniform','books','supplies','exam','transport','other')),
	CONSTRAINT "school_fees_amount_check" CHECK("__new_school_fees"."amount" > 0),
	CONSTRAINT "school_fees_void_check" CHECK(("__new_school_fees"."voided_on" is null) = ("__new_school_fees"."void_reason" is null))
);
--> statement-breakpoint
INSERT INTO `__new_school_fees`("id", "home_id", "school_record_id", "kind", "paid_on", "amount", "description", "spending_id", "voided_on", "void_reason", "created_by", "created_at") SELECT "id", "home_id", "school_record_id", "kind", "paid_on", "amount", "description", "spending_id", "voided_on", "void_reason", "created_by", "created_at" FROM `school_fees`;--> statement-breakpoint
DROP TABLE `school_fees`;--> statement-breakpoint
ALTER TABLE `__new_school_fees` RENAME TO `school_fees`;--> statement-breakpoint
CREATE INDEX `school_fees_record_idx` ON `school_fees` (`school_record_id`,`paid_on`);--> statement-breakpoint
CREATE TABLE `__new_school_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`school_name` text NOT NULL,
	`level` text NOT NULL,
	`grade` text NOT NULL,
	`school_year` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_records_level_check" CHECK("__new_school_records"."level" in ('tk','sd','smp','sma','smk','slb','paket','pt')),
	CONSTRAINT "school_records_year_check" CHECK("__new_school_records"."school_year" glob '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_school_records`("id", "home_id", "resident_id", "school_name", "level", "grade", "school_year", "note", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "resident_id", "school_name", "level", "grade", "school_year", "note", "created_by", "created_at", "updated_at" FROM `school_records`;--> statement-breakpoint
DROP TABLE `school_records`;--> statement-breakpoint
ALTER TABLE `__new_school_records` RENAME TO `school_records`;--> statement-breakpoint
CREATE UNIQUE INDEX `school_records_resident_year_unique` ON `school_records` (`resident_id`,`school_year`);--> statement-breakpoint
CREATE INDEX `school_records_home_idx` ON `school_records` (`home_id`,`school_year`);--> statement-breakpoint
CREATE TABLE `__new_school_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`school_record_id` integer NOT NULL,
	`term` integer NOT NULL,
	`average` real NOT NULL,
	`rank` integer,
	`class_size` integer,
	`notes` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`school_record_id`) REFERENCES `school_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_reports_term_check" CHECK("__new_school_reports"."term" in (1, 2)),
	CONSTRAINT "school_reports_average_check" CHECK("__new_school_reports"."average" between 0 and 100)
);
--> statement-breakpoint
INSERT INTO `__new_school_reports`("id", "home_id", "school_record_id", "term", "average", "rank", "class_size", "notes", "recorded_by", "recorded_at") SELECT "id", "home_id", "school_record_id", "term", "average", "rank", "class_size", "notes", "recorded_by", "recorded_at" FROM `school_reports`;--> statement-breakpoint
DROP TABLE `school_reports`;--> statement-breakpoint
ALTER TABLE `__new_school_reports` RENAME TO `school_reports`;--> statement-breakpoint
CREATE UNIQUE INDEX `school_reports_term_unique` ON `school_reports` (`school_record_id`,`term`);--> statement-breakpoint
CREATE TABLE `__new_training_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`enrolment_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`competent` integer,
	`grade` integer,
	`note` text,
	`assessed_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_assessments_result_check" CHECK(("__new_training_assessments"."competent" is null) <> ("__new_training_assessments"."grade" is null)),
	CONSTRAINT "training_assessments_grade_check" CHECK("__new_training_assessments"."grade" is null or "__new_training_assessments"."grade" between 0 and 100)
);
--> statement-breakpoint
INSERT INTO `__new_training_assessments`("id", "home_id", "enrolment_id", "assessed_on", "competent", "grade", "note", "assessed_by", "created_at") SELECT "id", "home_id", "enrolment_id", "assessed_on", "competent", "grade", "note", "assessed_by", "created_at" FROM `training_assessments`;--> statement-breakpoint
DROP TABLE `training_assessments`;--> statement-breakpoint
ALTER TABLE `__new_training_assessments` RENAME TO `training_assessments`;--> statement-breakpoint
CREATE INDEX `training_assessments_enrolment_idx` ON `training_assessments` (`enrolment_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `__new_training_course_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_training_course_types`("id", "home_id", "name", "active", "created_at") SELECT "id", "home_id", "name", "active", "created_at" FROM `training_course_types`;--> statement-breakpoint
DROP TABLE `training_course_types`;--> statement-breakpoint
ALTER TABLE `__new_training_course_types` RENAME TO `training_course_types`;--> statement-breakpoint
CREATE UNIQUE INDEX `training_course_types_home_name_unique` ON `training_course_types` (`home_id`,`name`);--> statement-breakpoint
CREATE TABLE `__new_training_enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`enrolled_on` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`withdrawn_on` text,
	`withdraw_reason` text,
	`completed_on` text,
	`certificate_no` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_enrolments_status_check" CHECK("__new_training_enrolments"."status" in ('active','completed','withdrawn')),
	CONSTRAINT "training_enrolments_withdraw_check" CHECK(("__new_training_enrolments"."status" = 'withdrawn') = ("__new_training_enrolments"."withdrawn_on" is not null and "__new_training_enrolments"."withdraw_reason" is not null)),
	CONSTRAINT "training_enrolments_complete_check" CHECK(("__new_training_enrolments"."status" = 'completed') = ("__new_training_enrolments"."completed_on" is not null and "__new_training_enrolments"."certificate_no" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_training_enrolments`("id", "home_id", "programme_id", "resident_id", "enrolled_on", "status", "withdrawn_on", "withdraw_reason", "completed_on", "certificate_no", "created_by", "created_at") SELECT "id", "home_id", "programme_id", "resident_id", "enrolled_on", "status", "withdrawn_on", "withdraw_reason", "completed_on", "certificate_no", "created_by", "created_at" FROM `training_enrolments`;--> statement-breakpoint
DROP TABLE `training_enrolments`;--> statement-breakpoint
ALTER TABLE `__new_training_enrolments` RENAME TO `training_enrolments`;--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_current_unique` ON `training_enrolments` (`programme_id`,`resident_id`) WHERE "training_enrolments"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_certificate_unique` ON `training_enrolments` (`home_id`,`certificate_no`) WHERE "training_enrolments"."certificate_no" is not null;--> statement-breakpoint
CREATE INDEX `training_enrolments_resident_idx` ON `training_enrolments` (`resident_id`);--> statement-breakpoint
CREATE TABLE `__new_training_programmes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`course_type` text,
	`custom_type_id` integer,
	`instructor_name` text NOT NULL,
	`instructor_source` text NOT NULL,
	`schedule_days` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`capacity` integer NOT NULL,
	`budget_line_id` integer,
	`min_attendance_percent` integer DEFAULT 75 NOT NULL,
	`assessment_type` text NOT NULL,
	`passing_grade` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`custom_type_id`) REFERENCES `training_course_types`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_programmes_kind_check" CHECK("__new_training_programmes"."kind" in ('vocational','guidance_physical','guidance_mental','guidance_social','school')),
	CONSTRAINT "training_programmes_type_check" CHECK(("__new_training_programmes"."kind" = 'vocational') = ("__new_training_programmes"."course_type" is not null or "__new_training_programmes"."custom_type_id" is not null)),
	CONSTRAINT "training_programmes_one_type_check" CHECK("__new_training_programmes"."course_type" is null or "__new_training_programmes"."custom_type_id" is null),
	CONSTRAINT "training_programmes_instructor_check" CHECK("__new_training_programmes"."instructor_source" in ('staff','external')),
	CONSTRAINT "training_programmes_capacity_check" CHECK("__new_training_programmes"."capacity" between 1 and 500),
	CONSTRAINT "training_programmes_dates_check" CHECK("__new_training_programmes"."end_date" >= "__new_training_programmes"."start_date"),
	CONSTRAINT "training_programmes_attendance_check" CHECK("__new_training_programmes"."min_attendance_percent" between 0 and 100),
	CONSTRAINT "training_programmes_assessment_check" CHECK("__new_training_programmes"."assessment_type" in ('competency','grade')),
	CONSTRAINT "training_programmes_status_check" CHECK("__new_training_programmes"."status" in ('open','closed','cancelled'))
);
--> statement-breakpoint
INSERT INTO `__new_training_programmes`("id", "home_id", "name", "kind", "course_type", "custom_type_id", "instructor_name", "instructor_source", "schedule_days", "start_time", "end_time", "start_date", "end_date", "capacity", "budget_line_id", "min_attendance_percent", "assessment_type", "passing_grade", "status", "note", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "name", "kind", "course_type", "custom_type_id", "instructor_name", "instructor_source", "schedule_days", "start_time", "end_time", "start_date", "end_date", "capacity", "budget_line_id", "min_attendance_percent", "assessment_type", "passing_grade", "status", "note", "created_by", "created_at", "updated_at" FROM `training_programmes`;--> statement-breakpoint
DROP TABLE `training_programmes`;--> statement-breakpoint
ALTER TABLE `__new_training_programmes` RENAME TO `training_programmes`;--> statement-breakpoint
CREATE INDEX `training_programmes_home_idx` ON `training_programmes` (`home_id`,`status`,`start_date`);--> statement-breakpoint
CREATE TABLE `__new_training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`topic` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_sessions_duration_check" CHECK("__new_training_sessions"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
INSERT INTO `__new_training_sessions`("id", "home_id", "programme_id", "held_on", "topic", "duration_minutes", "note", "recorded_by", "recorded_at") SELECT "id", "home_id", "programme_id", "held_on", "topic", "duration_minutes", "note", "recorded_by", "recorded_at" FROM `training_sessions`;--> statement-breakpoint
DROP TABLE `training_sessions`;--> statement-breakpoint
ALTER TABLE `__new_training_sessions` RENAME TO `training_sessions`;--> statement-breakpoint
CREATE INDEX `training_sessions_programme_idx` ON `training_sessions` (`programme_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`last_login_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "users_role_check" CHECK("__new_users"."role" in ('province_admin','admin','head','caregiver','finance')),
	CONSTRAINT "users_home_scope_check" CHECK(("__new_users"."role" = 'province_admin') = ("__new_users"."home_id" is null))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "home_id", "username", "full_name", "role", "password_hash", "active", "failed_attempts", "locked_until", "must_change_password", "last_login_at", "created_at", "updated_at") SELECT "id", "home_id", "username", "full_name", "role", "password_hash", "active", "failed_attempts", "locked_until", "must_change_password", "last_login_at", "created_at", "updated_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_home_idx` ON `users` (`home_id`);--> statement-breakpoint
CREATE TABLE `__new_exit_cost_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`exit_id` integer NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`amount` integer NOT NULL,
	`spent_on` text NOT NULL,
	`payee` text,
	`proof_no` text,
	`spending_id` integer,
	`removed_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`exit_id`) REFERENCES `resident_exits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "exit_cost_items_amount_check" CHECK("__new_exit_cost_items"."amount" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_exit_cost_items`("id", "home_id", "exit_id", "category", "description", "amount", "spent_on", "payee", "proof_no", "spending_id", "removed_at", "created_by", "created_at") SELECT "id", "home_id", "exit_id", "category", "description", "amount", "spent_on", "payee", "proof_no", "spending_id", "removed_at", "created_by", "created_at" FROM `exit_cost_items`;--> statement-breakpoint
DROP TABLE `exit_cost_items`;--> statement-breakpoint
ALTER TABLE `__new_exit_cost_items` RENAME TO `exit_cost_items`;--> statement-breakpoint
CREATE INDEX `exit_cost_items_exit_idx` ON `exit_cost_items` (`exit_id`);--> statement-breakpoint
CREATE TABLE `__new_resident_exits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status_change_id` integer NOT NULL,
	`exit_date` text NOT NULL,
	`notes` text,
	`destination` text,
	`receiver_name` text,
	`receiver_role` text,
	`receiver_institution` text,
	`receiver_id_number` text,
	`receiver_phone` text,
	`destination_address` text,
	`escort_names` text,
	`transport` text,
	`handover_no` text,
	`death_time` text,
	`death_place` text,
	`cause_of_death` text,
	`certificate_no` text,
	`notified_name` text,
	`notified_at` text,
	`notified_how` text,
	`burial_place` text,
	`burial_date` text,
	`rites` text,
	`cost_state` text DEFAULT 'draft' NOT NULL,
	`proposed_line_id` integer,
	`submitted_by` integer,
	`submitted_at` text,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_change_id`) REFERENCES `resident_status_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`proposed_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "resident_exits_kind_check" CHECK("__new_resident_exits"."kind" in ('repatriation','death')),
	CONSTRAINT "resident_exits_destination_check" CHECK("__new_resident_exits"."destination" is null or "__new_resident_exits"."destination" in ('family','social_office')),
	CONSTRAINT "resident_exits_cost_state_check" CHECK("__new_resident_exits"."cost_state" in ('draft','submitted','approved','returned','voided'))
);
--> statement-breakpoint
INSERT INTO `__new_resident_exits`("id", "home_id", "resident_id", "kind", "status_change_id", "exit_date", "notes", "destination", "receiver_name", "receiver_role", "receiver_institution", "receiver_id_number", "receiver_phone", "destination_address", "escort_names", "transport", "handover_no", "death_time", "death_place", "cause_of_death", "certificate_no", "notified_name", "notified_at", "notified_how", "burial_place", "burial_date", "rites", "cost_state", "proposed_line_id", "submitted_by", "submitted_at", "decided_by", "decided_at", "decision_note", "created_by", "created_at", "updated_at") SELECT "id", "home_id", "resident_id", "kind", "status_change_id", "exit_date", "notes", "destination", "receiver_name", "receiver_role", "receiver_institution", "receiver_id_number", "receiver_phone", "destination_address", "escort_names", "transport", "handover_no", "death_time", "death_place", "cause_of_death", "certificate_no", "notified_name", "notified_at", "notified_how", "burial_place", "burial_date", "rites", "cost_state", "proposed_line_id", "submitted_by", "submitted_at", "decided_by", "decided_at", "decision_note", "created_by", "created_at", "updated_at" FROM `resident_exits`;--> statement-breakpoint
DROP TABLE `resident_exits`;--> statement-breakpoint
ALTER TABLE `__new_resident_exits` RENAME TO `resident_exits`;--> statement-breakpoint
CREATE INDEX `resident_exits_home_date_idx` ON `resident_exits` (`home_id`,`exit_date`);--> statement-breakpoint
CREATE INDEX `resident_exits_resident_idx` ON `resident_exits` (`resident_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `resident_exits_change_unique` ON `resident_exits` (`status_change_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `resident_exits_handover_unique` ON `resident_exits` (`home_id`,`handover_no`) WHERE "resident_exits"."handover_no" is not null;--> statement-breakpoint
CREATE TABLE `__new_status_change_undos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`status_change_id` integer NOT NULL,
	`reason` text NOT NULL,
	`undone_by` integer NOT NULL,
	`undone_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_change_id`) REFERENCES `resident_status_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_status_change_undos`("id", "home_id", "status_change_id", "reason", "undone_by", "undone_at") SELECT "id", "home_id", "status_change_id", "reason", "undone_by", "undone_at" FROM `status_change_undos`;--> statement-breakpoint
DROP TABLE `status_change_undos`;--> statement-breakpoint
ALTER TABLE `__new_status_change_undos` RENAME TO `status_change_undos`;--> statement-breakpoint
CREATE UNIQUE INDEX `status_change_undos_change_unique` ON `status_change_undos` (`status_change_id`);--> statement-breakpoint
CREATE TABLE `__new_doctor_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`visited_on` text NOT NULL,
	`kind` text NOT NULL,
	`practitioner` text NOT NULL,
	`findings` text,
	`fee` integer DEFAULT 0 NOT NULL,
	`line_id` integer,
	`spending_id` integer,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "doctor_visits_kind_check" CHECK("__new_doctor_visits"."kind" in ('doctor','psychiatrist','medical_social_worker')),
	CONSTRAINT "doctor_visits_fee_check" CHECK("__new_doctor_visits"."fee" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_doctor_visits`("id", "home_id", "visited_on", "kind", "practitioner", "findings", "fee", "line_id", "spending_id", "cancelled_on", "cancel_reason", "created_by", "created_at") SELECT "id", "home_id", "visited_on", "kind", "practitioner", "findings", "fee", "line_id", "spending_id", "cancelled_on", "cancel_reason", "created_by", "created_at" FROM `doctor_visits`;--> statement-breakpoint
DROP TABLE `doctor_visits`;--> statement-breakpoint
ALTER TABLE `__new_doctor_visits` RENAME TO `doctor_visits`;--> statement-breakpoint
CREATE INDEX `doctor_visits_home_date_idx` ON `doctor_visits` (`home_id`,`visited_on`);--> statement-breakpoint
CREATE TABLE `__new_health_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`title` text,
	`detail` text,
	`note` text,
	`weight_kg` real,
	`height_cm` real,
	`systolic` integer,
	`diastolic` integer,
	`pulse` integer,
	`temperature` real,
	`visit_id` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`visit_id`) REFERENCES `doctor_visits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "health_entries_kind_check" CHECK("__new_health_entries"."kind" in ('diagnosis','vitals','referral')),
	CONSTRAINT "health_entries_title_check" CHECK("__new_health_entries"."kind" = 'vitals' or "__new_health_entries"."title" is not null)
);
--> statement-breakpoint
INSERT INTO `__new_health_entries`("id", "home_id", "resident_id", "kind", "date", "title", "detail", "note", "weight_kg", "height_cm", "systolic", "diastolic", "pulse", "temperature", "visit_id", "created_by", "created_at") SELECT "id", "home_id", "resident_id", "kind", "date", "title", "detail", "note", "weight_kg", "height_cm", "systolic", "diastolic", "pulse", "temperature", "visit_id", "created_by", "created_at" FROM `health_entries`;--> statement-breakpoint
DROP TABLE `health_entries`;--> statement-breakpoint
ALTER TABLE `__new_health_entries` RENAME TO `health_entries`;--> statement-breakpoint
CREATE INDEX `health_entries_resident_idx` ON `health_entries` (`resident_id`,`kind`,`date`);--> statement-breakpoint
CREATE TABLE `__new_medication_administrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`prescription_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`date` text NOT NULL,
	`scheduled_time` text,
	`status` text NOT NULL,
	`at_time` text NOT NULL,
	`quantity` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`prn_reason` text,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "mar_status_check" CHECK("__new_medication_administrations"."status" in ('given','refused','missed','held')),
	CONSTRAINT "mar_quantity_check" CHECK(("__new_medication_administrations"."status" = 'given' and "__new_medication_administrations"."quantity" > 0) or ("__new_medication_administrations"."status" <> 'given' and "__new_medication_administrations"."quantity" = 0))
);
--> statement-breakpoint
INSERT INTO `__new_medication_administrations`("id", "home_id", "prescription_id", "resident_id", "date", "scheduled_time", "status", "at_time", "quantity", "late", "prn_reason", "note", "recorded_by", "recorded_at") SELECT "id", "home_id", "prescription_id", "resident_id", "date", "scheduled_time", "status", "at_time", "quantity", "late", "prn_reason", "note", "recorded_by", "recorded_at" FROM `medication_administrations`;--> statement-breakpoint
DROP TABLE `medication_administrations`;--> statement-breakpoint
ALTER TABLE `__new_medication_administrations` RENAME TO `medication_administrations`;--> statement-breakpoint
CREATE UNIQUE INDEX `mar_scheduled_unique` ON `medication_administrations` (`prescription_id`,`date`,`scheduled_time`) WHERE "medication_administrations"."scheduled_time" is not null;--> statement-breakpoint
CREATE INDEX `mar_home_date_idx` ON `medication_administrations` (`home_id`,`date`);--> statement-breakpoint
CREATE INDEX `mar_resident_date_idx` ON `medication_administrations` (`resident_id`,`date`);--> statement-breakpoint
CREATE TABLE `__new_medicine_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`medicine_id` integer NOT NULL,
	`batch_no` text NOT NULL,
	`expiry_date` text NOT NULL,
	`received_on` text NOT NULL,
	`quantity_received` integer NOT NULL,
	`on_hand` integer NOT NULL,
	`unit_cost` integer NOT NULL,
	`supplier` text NOT NULL,
	`proof_no` text,
	`line_id` integer,
	`spending_id` integer,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicine_batches_on_hand_check" CHECK("__new_medicine_batches"."on_hand" >= 0 and "__new_medicine_batches"."on_hand" <= "__new_medicine_batches"."quantity_received"),
	CONSTRAINT "medicine_batches_quantity_check" CHECK("__new_medicine_batches"."quantity_received" > 0 and "__new_medicine_batches"."unit_cost" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_medicine_batches`("id", "home_id", "medicine_id", "batch_no", "expiry_date", "received_on", "quantity_received", "on_hand", "unit_cost", "supplier", "proof_no", "line_id", "spending_id", "cancelled_on", "cancel_reason", "created_by", "created_at") SELECT "id", "home_id", "medicine_id", "batch_no", "expiry_date", "received_on", "quantity_received", "on_hand", "unit_cost", "supplier", "proof_no", "line_id", "spending_id", "cancelled_on", "cancel_reason", "created_by", "created_at" FROM `medicine_batches`;--> statement-breakpoint
DROP TABLE `medicine_batches`;--> statement-breakpoint
ALTER TABLE `__new_medicine_batches` RENAME TO `medicine_batches`;--> statement-breakpoint
CREATE INDEX `medicine_batches_fefo_idx` ON `medicine_batches` (`medicine_id`,`expiry_date`,`id`);--> statement-breakpoint
CREATE INDEX `medicine_batches_home_expiry_idx` ON `medicine_batches` (`home_id`,`expiry_date`);--> statement-breakpoint
CREATE TABLE `__new_medicine_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`medicine_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`moved_on` text NOT NULL,
	`kind` text NOT NULL,
	`quantity` integer NOT NULL,
	`reason` text,
	`administration_id` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`batch_id`) REFERENCES `medicine_batches`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicine_movements_kind_check" CHECK("__new_medicine_movements"."kind" in ('receipt','dose','adjustment','stock_take','disposal','cancel')),
	CONSTRAINT "medicine_movements_quantity_check" CHECK("__new_medicine_movements"."quantity" <> 0)
);
--> statement-breakpoint
INSERT INTO `__new_medicine_movements`("id", "home_id", "medicine_id", "batch_id", "moved_on", "kind", "quantity", "reason", "administration_id", "created_by", "created_at") SELECT "id", "home_id", "medicine_id", "batch_id", "moved_on", "kind", "quantity", "reason", "administration_id", "created_by", "created_at" FROM `medicine_movements`;--> statement-breakpoint
DROP TABLE `medicine_movements`;--> statement-breakpoint
ALTER TABLE `__new_medicine_movements` RENAME TO `medicine_movements`;--> statement-breakpoint
CREATE INDEX `medicine_movements_card_idx` ON `medicine_movements` (`medicine_id`,`moved_on`,`id`);--> statement-breakpoint
CREATE INDEX `medicine_movements_batch_idx` ON `medicine_movements` (`batch_id`);--> statement-breakpoint
CREATE INDEX `medicine_movements_admin_idx` ON `medicine_movements` (`administration_id`) WHERE "medicine_movements"."administration_id" is not null;--> statement-breakpoint
CREATE TABLE `__new_medicines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`generic_name` text NOT NULL,
	`brand_name` text,
	`form` text NOT NULL,
	`strength` text NOT NULL,
	`unit` text NOT NULL,
	`low_stock_threshold` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicines_threshold_check" CHECK("__new_medicines"."low_stock_threshold" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_medicines`("id", "home_id", "generic_name", "brand_name", "form", "strength", "unit", "low_stock_threshold", "active", "note", "created_at", "updated_at") SELECT "id", "home_id", "generic_name", "brand_name", "form", "strength", "unit", "low_stock_threshold", "active", "note", "created_at", "updated_at" FROM `medicines`;--> statement-breakpoint
DROP TABLE `medicines`;--> statement-breakpoint
ALTER TABLE `__new_medicines` RENAME TO `medicines`;--> statement-breakpoint
CREATE INDEX `medicines_home_name_idx` ON `medicines` (`home_id`,`generic_name`);--> statement-breakpoint
CREATE TABLE `__new_prescriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`medicine_id` integer NOT NULL,
	`dose` integer NOT NULL,
	`route` text NOT NULL,
	`times` text DEFAULT '[]' NOT NULL,
	`prn` integer DEFAULT false NOT NULL,
	`prn_max_per_day` integer,
	`start_date` text NOT NULL,
	`end_date` text,
	`prescriber` text NOT NULL,
	`instructions` text,
	`allergy_warning` text,
	`allergy_confirmed_by` integer,
	`stopped_on` text,
	`stop_reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`allergy_confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "prescriptions_dose_check" CHECK("__new_prescriptions"."dose" > 0),
	CONSTRAINT "prescriptions_prn_check" CHECK(("__new_prescriptions"."prn" = 1 and "__new_prescriptions"."prn_max_per_day" >= 1) or ("__new_prescriptions"."prn" = 0 and "__new_prescriptions"."prn_max_per_day" is null)),
	CONSTRAINT "prescriptions_dates_check" CHECK("__new_prescriptions"."end_date" is null or "__new_prescriptions"."end_date" >= "__new_prescriptions"."start_date")
);
--> statement-breakpoint
INSERT INTO `__new_prescriptions`("id", "home_id", "resident_id", "medicine_id", "dose", "route", "times", "prn", "prn_max_per_day", "start_date", "end_date", "prescriber", "instructions", "allergy_warning", "allergy_confirmed_by", "stopped_on", "stop_reason", "created_by", "created_at") SELECT "id", "home_id", "resident_id", "medicine_id", "dose", "route", "times", "prn", "prn_max_per_day", "start_date", "end_date", "prescriber", "instructions", "allergy_warning", "allergy_confirmed_by", "stopped_on", "stop_reason", "created_by", "created_at" FROM `prescriptions`;--> statement-breakpoint
DROP TABLE `prescriptions`;--> statement-breakpoint
ALTER TABLE `__new_prescriptions` RENAME TO `prescriptions`;--> statement-breakpoint
CREATE INDEX `prescriptions_home_active_idx` ON `prescriptions` (`home_id`,`start_date`,`end_date`);--> statement-breakpoint
CREATE INDEX `prescriptions_resident_idx` ON `prescriptions` (`resident_id`);