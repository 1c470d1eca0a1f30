CREATE TABLE `food_purchase_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purchase_id` integer NOT NULL,
	`name` text NOT NULL,
	`quantity` real NOT NULL,
	`unit` text NOT NULL,
	`unit_price` integer NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`purchase_id`) REFERENCES `food_purchases`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "food_purchase_items_check" CHECK("food_purchase_items"."quantity" > 0 and "food_purchase_items"."unit_price" >= 0 and "food_purchase_items"."amount" >= 0)
);
--> statement-breakpoint
CREATE INDEX `food_purchase_items_purchase_idx` ON `food_purchase_items` (`purchase_id`);--> statement-breakpoint
CREATE TABLE `food_purchases` (
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`spending_id`) REFERENCES `spending`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "food_purchases_total_check" CHECK("food_purchases"."total" > 0),
	CONSTRAINT "food_purchases_cancel_check" CHECK(("food_purchases"."cancelled_on" is null) = ("food_purchases"."cancel_reason" is null))
);
--> statement-breakpoint
CREATE INDEX `food_purchases_home_date_idx` ON `food_purchases` (`home_id`,`purchased_on`);--> statement-breakpoint
CREATE TABLE `meal_cost_indexes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`reference` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meal_cost_indexes_amount_check" CHECK("meal_cost_indexes"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_cost_indexes_home_year_unique` ON `meal_cost_indexes` (`home_id`,`year`);--> statement-breakpoint
CREATE TABLE `meal_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`service_id`) REFERENCES `meal_services`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meal_exceptions_status_check" CHECK("meal_exceptions"."status" in ('partly','refused','absent','sick','fasting'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_exceptions_service_resident_unique` ON `meal_exceptions` (`service_id`,`resident_id`);--> statement-breakpoint
CREATE INDEX `meal_exceptions_resident_idx` ON `meal_exceptions` (`resident_id`);--> statement-breakpoint
CREATE TABLE `meal_menus` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`home_id` integer NOT NULL,
	`date` text NOT NULL,
	`meal` text NOT NULL,
	`dishes` text NOT NULL,
	`notes` text,
	`energy_kcal` integer,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_menus_home_date_meal_unique` ON `meal_menus` (`home_id`,`date`,`meal`);--> statement-breakpoint
CREATE TABLE `meal_services` (
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
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meal_services_counts_check" CHECK("meal_services"."eaten" + "meal_services"."partly" + "meal_services"."refused" + "meal_services"."absent" + "meal_services"."sick" + "meal_services"."fasting" = "meal_services"."listed")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_services_home_date_meal_unique` ON `meal_services` (`home_id`,`date`,`meal`);--> statement-breakpoint
CREATE TABLE `meal_settings` (
	`home_id` integer PRIMARY KEY NOT NULL,
	`meals` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `homes`(`id`) ON UPDATE no action ON DELETE restrict
);
