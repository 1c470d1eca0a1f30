CREATE TABLE `school_fees` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`school_record_id`) REFERENCES `school_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_fees_kind_check" CHECK("school_fees"."kind" in ('tuition','registration','uniform','books','supplies','exam','transport','other')),
	CONSTRAINT "school_fees_amount_check" CHECK("school_fees"."amount" > 0),
	CONSTRAINT "school_fees_void_check" CHECK(("school_fees"."voided_on" is null) = ("school_fees"."void_reason" is null))
);
--> statement-breakpoint
CREATE INDEX `school_fees_record_idx` ON `school_fees` (`school_record_id`,`paid_on`);--> statement-breakpoint
CREATE TABLE `school_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`school_name` text NOT NULL,
	`level` text NOT NULL,
	`grade` text NOT NULL,
	`school_year` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_records_level_check" CHECK("school_records"."level" in ('tk','sd','smp','sma','smk','slb','paket','pt')),
	CONSTRAINT "school_records_year_check" CHECK("school_records"."school_year" glob '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `school_records_resident_year_unique` ON `school_records` (`resident_id`,`school_year`);--> statement-breakpoint
CREATE INDEX `school_records_home_idx` ON `school_records` (`home_id`,`school_year`);--> statement-breakpoint
CREATE TABLE `school_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`school_record_id` integer NOT NULL,
	`term` integer NOT NULL,
	`average` real NOT NULL,
	`rank` integer,
	`class_size` integer,
	`notes` text,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`school_record_id`) REFERENCES `school_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "school_reports_term_check" CHECK("school_reports"."term" in (1, 2)),
	CONSTRAINT "school_reports_average_check" CHECK("school_reports"."average" between 0 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `school_reports_term_unique` ON `school_reports` (`school_record_id`,`term`);--> statement-breakpoint
CREATE TABLE `training_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`enrolment_id` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`competent` integer,
	`grade` integer,
	`note` text,
	`assessed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_assessments_result_check" CHECK(("training_assessments"."competent" is null) <> ("training_assessments"."grade" is null)),
	CONSTRAINT "training_assessments_grade_check" CHECK("training_assessments"."grade" is null or "training_assessments"."grade" between 0 and 100)
);
--> statement-breakpoint
CREATE INDEX `training_assessments_enrolment_idx` ON `training_assessments` (`enrolment_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `training_attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`enrolment_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_attendance_status_check" CHECK("training_attendance"."status" in ('present','absent','excused','sick'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_attendance_unique` ON `training_attendance` (`session_id`,`enrolment_id`);--> statement-breakpoint
CREATE INDEX `training_attendance_enrolment_idx` ON `training_attendance` (`enrolment_id`,`status`);--> statement-breakpoint
CREATE TABLE `training_course_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_course_types_home_name_unique` ON `training_course_types` (`home_id`,`name`);--> statement-breakpoint
CREATE TABLE `training_enrolments` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_enrolments_status_check" CHECK("training_enrolments"."status" in ('active','completed','withdrawn')),
	CONSTRAINT "training_enrolments_withdraw_check" CHECK(("training_enrolments"."status" = 'withdrawn') = ("training_enrolments"."withdrawn_on" is not null and "training_enrolments"."withdraw_reason" is not null)),
	CONSTRAINT "training_enrolments_complete_check" CHECK(("training_enrolments"."status" = 'completed') = ("training_enrolments"."completed_on" is not null and "training_enrolments"."certificate_no" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_current_unique` ON `training_enrolments` (`programme_id`,`resident_id`) WHERE "training_enrolments"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_certificate_unique` ON `training_enrolments` (`home_id`,`certificate_no`) WHERE "training_enrolments"."certificate_no" is not null;--> statement-breakpoint
CREATE INDEX `training_enrolments_resident_idx` ON `training_enrolments` (`resident_id`);--> statement-breakpoint
CREATE TABLE `training_programmes` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`custom_type_id`) REFERENCES `training_course_types`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_programmes_kind_check" CHECK("training_programmes"."kind" in ('vocational','guidance_physical','guidance_mental','guidance_social','school')),
	CONSTRAINT "training_programmes_type_check" CHECK(("training_programmes"."kind" = 'vocational') = ("training_programmes"."course_type" is not null or "training_programmes"."custom_type_id" is not null)),
	CONSTRAINT "training_programmes_one_type_check" CHECK("training_programmes"."course_type" is null or "training_programmes"."custom_type_id" is null),
	CONSTRAINT "training_programmes_instructor_check" CHECK("training_programmes"."instructor_source" in ('staff','external')),
	CONSTRAINT "training_programmes_capacity_check" CHECK("training_programmes"."capacity" between 1 and 500),
	CONSTRAINT "training_programmes_dates_check" CHECK("training_programmes"."end_date" >= "training_programmes"."start_date"),
	CONSTRAINT "training_programmes_attendance_check" CHECK("training_programmes"."min_attendance_percent" between 0 and 100),
	CONSTRAINT "training_programmes_assessment_check" CHECK("training_programmes"."assessment_type" in ('competency','grade')),
	CONSTRAINT "training_programmes_status_check" CHECK("training_programmes"."status" in ('open','closed','cancelled'))
);
--> statement-breakpoint
CREATE INDEX `training_programmes_home_idx` ON `training_programmes` (`home_id`,`status`,`start_date`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`topic` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "training_sessions_duration_check" CHECK("training_sessions"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE INDEX `training_sessions_programme_idx` ON `training_sessions` (`programme_id`,`held_on`);