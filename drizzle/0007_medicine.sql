CREATE TABLE `doctor_visit_residents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`visit_id`) REFERENCES `doctor_visits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `doctor_visit_residents_unique` ON `doctor_visit_residents` (`visit_id`,`resident_id`);--> statement-breakpoint
CREATE INDEX `doctor_visit_residents_resident_idx` ON `doctor_visit_residents` (`resident_id`);--> statement-breakpoint
CREATE TABLE `doctor_visits` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "doctor_visits_kind_check" CHECK("doctor_visits"."kind" in ('doctor','psychiatrist','medical_social_worker')),
	CONSTRAINT "doctor_visits_fee_check" CHECK("doctor_visits"."fee" >= 0)
);
--> statement-breakpoint
CREATE INDEX `doctor_visits_home_date_idx` ON `doctor_visits` (`home_id`,`visited_on`);--> statement-breakpoint
CREATE TABLE `health_entries` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`visit_id`) REFERENCES `doctor_visits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "health_entries_kind_check" CHECK("health_entries"."kind" in ('diagnosis','vitals','referral')),
	CONSTRAINT "health_entries_title_check" CHECK("health_entries"."kind" = 'vitals' or "health_entries"."title" is not null)
);
--> statement-breakpoint
CREATE INDEX `health_entries_resident_idx` ON `health_entries` (`resident_id`,`kind`,`date`);--> statement-breakpoint
CREATE TABLE `medication_administrations` (
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
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "mar_status_check" CHECK("medication_administrations"."status" in ('given','refused','missed','held')),
	CONSTRAINT "mar_quantity_check" CHECK(("medication_administrations"."status" = 'given' and "medication_administrations"."quantity" > 0) or ("medication_administrations"."status" <> 'given' and "medication_administrations"."quantity" = 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mar_scheduled_unique` ON `medication_administrations` (`prescription_id`,`date`,`scheduled_time`) WHERE "medication_administrations"."scheduled_time" is not null;--> statement-breakpoint
CREATE INDEX `mar_home_date_idx` ON `medication_administrations` (`home_id`,`date`);--> statement-breakpoint
CREATE INDEX `mar_resident_date_idx` ON `medication_administrations` (`resident_id`,`date`);--> statement-breakpoint
CREATE TABLE `medicine_batches` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicine_batches_on_hand_check" CHECK("medicine_batches"."on_hand" >= 0 and "medicine_batches"."on_hand" <= "medicine_batches"."quantity_received"),
	CONSTRAINT "medicine_batches_quantity_check" CHECK("medicine_batches"."quantity_received" > 0 and "medicine_batches"."unit_cost" >= 0)
);
--> statement-breakpoint
CREATE INDEX `medicine_batches_fefo_idx` ON `medicine_batches` (`medicine_id`,`expiry_date`,`id`);--> statement-breakpoint
CREATE INDEX `medicine_batches_home_expiry_idx` ON `medicine_batches` (`home_id`,`expiry_date`);--> statement-breakpoint
CREATE TABLE `medicine_movements` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`batch_id`) REFERENCES `medicine_batches`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicine_movements_kind_check" CHECK("medicine_movements"."kind" in ('receipt','dose','adjustment','stock_take','disposal','cancel')),
	CONSTRAINT "medicine_movements_quantity_check" CHECK("medicine_movements"."quantity" <> 0)
);
--> statement-breakpoint
CREATE INDEX `medicine_movements_card_idx` ON `medicine_movements` (`medicine_id`,`moved_on`,`id`);--> statement-breakpoint
CREATE INDEX `medicine_movements_batch_idx` ON `medicine_movements` (`batch_id`);--> statement-breakpoint
CREATE INDEX `medicine_movements_admin_idx` ON `medicine_movements` (`administration_id`) WHERE "medicine_movements"."administration_id" is not null;--> statement-breakpoint
CREATE TABLE `medicines` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "medicines_threshold_check" CHECK("medicines"."low_stock_threshold" >= 0)
);
--> statement-breakpoint
CREATE INDEX `medicines_home_name_idx` ON `medicines` (`home_id`,`generic_name`);--> statement-breakpoint
CREATE TABLE `prescriptions` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`medicine_id`) REFERENCES `medicines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`allergy_confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "prescriptions_dose_check" CHECK("prescriptions"."dose" > 0),
	CONSTRAINT "prescriptions_prn_check" CHECK(("prescriptions"."prn" = 1 and "prescriptions"."prn_max_per_day" >= 1) or ("prescriptions"."prn" = 0 and "prescriptions"."prn_max_per_day" is null)),
	CONSTRAINT "prescriptions_dates_check" CHECK("prescriptions"."end_date" is null or "prescriptions"."end_date" >= "prescriptions"."start_date")
);
--> statement-breakpoint
CREATE INDEX `prescriptions_home_active_idx` ON `prescriptions` (`home_id`,`start_date`,`end_date`);--> statement-breakpoint
CREATE INDEX `prescriptions_resident_idx` ON `prescriptions` (`resident_id`);