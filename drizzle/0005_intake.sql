CREATE TABLE `intake_applications` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `intake_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_applications_sex_check" CHECK("intake_applications"."sex" in ('L','P')),
	CONSTRAINT "intake_applications_status_check" CHECK("intake_applications"."status" in ('registered','waitlisted','rejected','referred','admitted')),
	CONSTRAINT "intake_applications_nik_check" CHECK("intake_applications"."nik" is null or (length("intake_applications"."nik") = 16 and "intake_applications"."nik" not glob '*[^0-9]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_applications_no_unique` ON `intake_applications` (`home_id`,`application_no`);--> statement-breakpoint
CREATE INDEX `intake_applications_status_idx` ON `intake_applications` (`home_id`,`status`);--> statement-breakpoint
CREATE INDEX `intake_applications_round_idx` ON `intake_applications` (`round_id`);--> statement-breakpoint
CREATE TABLE `intake_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`scores` text NOT NULL,
	`score_x10` integer NOT NULL,
	`notes` text,
	`assessed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `intake_assessments_application_idx` ON `intake_assessments` (`application_id`,`id`);--> statement-breakpoint
CREATE TABLE `intake_criteria` (
	`home_id` integer PRIMARY KEY NOT NULL,
	`min_age` integer,
	`max_age` integer,
	`sexes` text DEFAULT '[]' NOT NULL,
	`pmks_categories` text DEFAULT '[]' NOT NULL,
	`disability_types` text DEFAULT '[]' NOT NULL,
	`required_documents` text DEFAULT '[]' NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `intake_decisions` (
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
	`decided_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `intake_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_decisions_decision_check" CHECK("intake_decisions"."decision" in ('accepted','waitlisted','rejected','referred'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_decisions_round_application_unique` ON `intake_decisions` (`round_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `intake_documents` (
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
	`uploaded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_at` text,
	`removed_by` integer,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`application_id`) REFERENCES `intake_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `intake_documents_application_idx` ON `intake_documents` (`application_id`);--> statement-breakpoint
CREATE TABLE `intake_rounds` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_rounds_status_check" CHECK("intake_rounds"."status" in ('open','approved')),
	CONSTRAINT "intake_rounds_quota_check" CHECK("intake_rounds"."quota" >= 0),
	CONSTRAINT "intake_rounds_dates_check" CHECK("intake_rounds"."end_date" >= "intake_rounds"."start_date")
);
--> statement-breakpoint
CREATE INDEX `intake_rounds_home_idx` ON `intake_rounds` (`home_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `intake_score_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`weight` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "intake_score_items_weight_check" CHECK("intake_score_items"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE INDEX `intake_score_items_home_idx` ON `intake_score_items` (`home_id`,`position`);--> statement-breakpoint
ALTER TABLE `homes` ADD `capacity` integer;