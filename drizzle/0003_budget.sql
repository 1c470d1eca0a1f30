CREATE TABLE `budget_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_accounts_home_code_unique` ON `budget_accounts` (`home_id`,`code`);--> statement-breakpoint
CREATE TABLE `budget_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year_id` integer NOT NULL,
	`parent_id` integer,
	`level` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`year_id`) REFERENCES `budget_years`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`parent_id`) REFERENCES `budget_activities`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_activities_level_check" CHECK("budget_activities"."level" in ('program','kegiatan','subkegiatan')),
	CONSTRAINT "budget_activities_parent_check" CHECK(("budget_activities"."level" = 'program') = ("budget_activities"."parent_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_activities_year_code_unique` ON `budget_activities` (`year_id`,`code`);--> statement-breakpoint
CREATE INDEX `budget_activities_parent_idx` ON `budget_activities` (`parent_id`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`year_id`) REFERENCES `budget_years`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`activity_id`) REFERENCES `budget_activities`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`account_id`) REFERENCES `budget_accounts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_lines_source_check" CHECK("budget_lines"."funding_source" in ('apbd','apbn_dekon','apbn_tp','other')),
	CONSTRAINT "budget_lines_allocation_check" CHECK("budget_lines"."allocation" >= 0),
	CONSTRAINT "budget_lines_plan_check" CHECK(min("budget_lines"."plan_01", "budget_lines"."plan_02", "budget_lines"."plan_03", "budget_lines"."plan_04", "budget_lines"."plan_05", "budget_lines"."plan_06", "budget_lines"."plan_07", "budget_lines"."plan_08", "budget_lines"."plan_09", "budget_lines"."plan_10", "budget_lines"."plan_11", "budget_lines"."plan_12") >= 0
        and "budget_lines"."plan_01" + "budget_lines"."plan_02" + "budget_lines"."plan_03" + "budget_lines"."plan_04" + "budget_lines"."plan_05" + "budget_lines"."plan_06" + "budget_lines"."plan_07" + "budget_lines"."plan_08" + "budget_lines"."plan_09" + "budget_lines"."plan_10" + "budget_lines"."plan_11" + "budget_lines"."plan_12" = "budget_lines"."allocation")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_lines_unique` ON `budget_lines` (`activity_id`,`account_id`,`funding_source`);--> statement-breakpoint
CREATE INDEX `budget_lines_year_idx` ON `budget_lines` (`year_id`);--> statement-breakpoint
CREATE TABLE `budget_revisions` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_revisions_allocation_check" CHECK("budget_revisions"."allocation_before" >= 0 and "budget_revisions"."allocation_after" >= 0)
);
--> statement-breakpoint
CREATE INDEX `budget_revisions_line_idx` ON `budget_revisions` (`line_id`,`revised_on`);--> statement-breakpoint
CREATE TABLE `budget_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year` integer NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_years_year_check" CHECK("budget_years"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_years_home_year_unique` ON `budget_years` (`home_id`,`year`);--> statement-breakpoint
CREATE TABLE `spending` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reversal_of`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "spending_amount_check" CHECK(("spending"."amount" > 0 and "spending"."reversal_of" is null) or ("spending"."amount" < 0 and "spending"."reversal_of" is not null)),
	CONSTRAINT "spending_override_check" CHECK(("spending"."override_by" is null) = ("spending"."override_reason" is null))
);
--> statement-breakpoint
CREATE INDEX `spending_home_date_idx` ON `spending` (`home_id`,`spent_on`,`line_id`,`amount`);--> statement-breakpoint
CREATE INDEX `spending_line_idx` ON `spending` (`line_id`,`spent_on`,`amount`);--> statement-breakpoint
CREATE INDEX `spending_source_idx` ON `spending` (`source_type`,`source_id`);--> statement-breakpoint
CREATE INDEX `spending_override_idx` ON `spending` (`home_id`,`spent_on`) WHERE "spending"."override_by" is not null;--> statement-breakpoint
CREATE INDEX `spending_resident_idx` ON `spending` (`resident_id`) WHERE "spending"."resident_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `spending_reversal_unique` ON `spending` (`reversal_of`) WHERE "spending"."reversal_of" is not null;