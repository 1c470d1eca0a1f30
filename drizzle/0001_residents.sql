CREATE TABLE `care_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`noted_on` text NOT NULL,
	`noted_time` text,
	`shift` text NOT NULL,
	`category` text NOT NULL,
	`note` text NOT NULL,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `care_notes_home_day_idx` ON `care_notes` (`home_id`,`noted_on`,`shift`);--> statement-breakpoint
CREATE INDEX `care_notes_resident_idx` ON `care_notes` (`resident_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `incidents` (
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
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "incidents_severity_check" CHECK("incidents"."severity" in ('low','medium','high','critical'))
);
--> statement-breakpoint
CREATE INDEX `incidents_home_day_idx` ON `incidents` (`home_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `incidents_resident_idx` ON `incidents` (`resident_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `assessments` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `assessments_resident_idx` ON `assessments` (`resident_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `goal_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`noted_on` text NOT NULL,
	`note` text NOT NULL,
	`progress_percent` integer,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `progress_goal_idx` ON `goal_progress` (`goal_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `intervention_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`summary` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`submitted_at` text,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "plans_status_check" CHECK("intervention_plans"."status" in ('draft','submitted','approved','returned'))
);
--> statement-breakpoint
CREATE INDEX `plans_resident_idx` ON `intervention_plans` (`resident_id`);--> statement-breakpoint
CREATE INDEX `plans_home_status_idx` ON `intervention_plans` (`home_id`,`status`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`domain` text NOT NULL,
	`goal` text NOT NULL,
	`indicator` text,
	`target_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `intervention_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "goals_status_check" CHECK("plan_goals"."status" in ('open','achieved','not_achieved'))
);
--> statement-breakpoint
CREATE INDEX `goals_plan_idx` ON `plan_goals` (`plan_id`);--> statement-breakpoint
CREATE TABLE `rehab_stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `rehab_stages_home_idx` ON `rehab_stages` (`home_id`,`position`);--> statement-breakpoint
CREATE TABLE `resident_stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`stage_id`) REFERENCES `rehab_stages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `resident_stages_resident_idx` ON `resident_stages` (`resident_id`,`started_on`);--> statement-breakpoint
CREATE TABLE `resident_documents` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_at` text,
	`removed_by` integer,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `documents_resident_idx` ON `resident_documents` (`resident_id`);--> statement-breakpoint
CREATE TABLE `resident_guardians` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`name` text NOT NULL,
	`relationship` text NOT NULL,
	`phone` text,
	`address` text,
	`is_primary` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `guardians_resident_idx` ON `resident_guardians` (`resident_id`);--> statement-breakpoint
CREATE TABLE `resident_status_changes` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "status_changes_state_check" CHECK("resident_status_changes"."state" in ('pending','approved','rejected'))
);
--> statement-breakpoint
CREATE INDEX `status_changes_resident_idx` ON `resident_status_changes` (`resident_id`,`id`);--> statement-breakpoint
CREATE INDEX `status_changes_home_date_idx` ON `resident_status_changes` (`home_id`,`effective_date`);--> statement-breakpoint
CREATE TABLE `residents` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "residents_sex_check" CHECK("residents"."sex" in ('L','P')),
	CONSTRAINT "residents_status_check" CHECK("residents"."status" in ('active','discharged','deceased')),
	CONSTRAINT "residents_pmks_check" CHECK("residents"."pmks_category" between 1 and 26),
	CONSTRAINT "residents_nik_check" CHECK("residents"."nik" is null or (length("residents"."nik") = 16 and "residents"."nik" not glob '*[^0-9]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `residents_home_registration_unique` ON `residents` (`home_id`,`registration_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `residents_home_nik_unique` ON `residents` (`home_id`,`nik`) WHERE "residents"."nik" is not null;--> statement-breakpoint
CREATE INDEX `residents_home_status_idx` ON `residents` (`home_id`,`status`,`name_key`);--> statement-breakpoint
CREATE INDEX `residents_home_name_idx` ON `residents` (`home_id`,`name_key`);--> statement-breakpoint
CREATE INDEX `residents_birth_idx` ON `residents` (`home_id`,`birth_date`);