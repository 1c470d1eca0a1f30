CREATE TABLE `exit_cost_items` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`exit_id`) REFERENCES `resident_exits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "exit_cost_items_amount_check" CHECK("exit_cost_items"."amount" > 0)
);
--> statement-breakpoint
CREATE INDEX `exit_cost_items_exit_idx` ON `exit_cost_items` (`exit_id`);--> statement-breakpoint
CREATE TABLE `resident_exits` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_change_id`) REFERENCES `resident_status_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`proposed_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "resident_exits_kind_check" CHECK("resident_exits"."kind" in ('repatriation','death')),
	CONSTRAINT "resident_exits_destination_check" CHECK("resident_exits"."destination" is null or "resident_exits"."destination" in ('family','social_office')),
	CONSTRAINT "resident_exits_cost_state_check" CHECK("resident_exits"."cost_state" in ('draft','submitted','approved','returned','voided'))
);
--> statement-breakpoint
CREATE INDEX `resident_exits_home_date_idx` ON `resident_exits` (`home_id`,`exit_date`);--> statement-breakpoint
CREATE INDEX `resident_exits_resident_idx` ON `resident_exits` (`resident_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `resident_exits_change_unique` ON `resident_exits` (`status_change_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `resident_exits_handover_unique` ON `resident_exits` (`home_id`,`handover_no`) WHERE "resident_exits"."handover_no" is not null;--> statement-breakpoint
CREATE TABLE `status_change_undos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`status_change_id` integer NOT NULL,
	`reason` text NOT NULL,
	`undone_by` integer NOT NULL,
	`undone_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_change_id`) REFERENCES `resident_status_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `status_change_undos_change_unique` ON `status_change_undos` (`status_change_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
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
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `status_changes_resident_idx` ON `resident_status_changes` (`resident_id`,`id`);--> statement-breakpoint
CREATE INDEX `status_changes_home_date_idx` ON `resident_status_changes` (`home_id`,`effective_date`);