CREATE INDEX `audit_user_idx` ON `audit_log` (`username`,`home_id`);--> statement-breakpoint
CREATE INDEX `audit_channel_idx` ON `audit_log` (`channel`,`home_id`);--> statement-breakpoint
CREATE INDEX `audit_entity_home_idx` ON `audit_log` (`entity`,`home_id`);