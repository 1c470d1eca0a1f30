-- One code, one meaning: a kegiatan's fourth part without a leading zero (1.06.04.02.01 is 1.06.04.2.01), as SIPD
-- writes it. Activities of a year whose codes differ only there are merged into one, keeping every record: children
-- and budget lines move to the kept activity; two lines for the same account and funding source become one line
-- (allocation and plan added up) and everything that pointed at either (spending, revisions, purchases, receipts,
-- visits, programmes, exits) points at it. Then every kegiatan and sub-kegiatan code is written in the canonical form.
CREATE TEMP TABLE `__act` AS
  SELECT `id`, `year_id`, `level`, `code`, substr(`code`, 1, 8) || CAST(CAST(substr(`code`, 9, instr(substr(`code`, 9), '.') - 1) AS INTEGER) AS TEXT) || substr(`code`, 8 + instr(substr(`code`, 9), '.')) AS `canon`
  FROM `budget_activities`
  WHERE `level` IN ('kegiatan', 'subkegiatan') AND `code` GLOB '[0-9].[0-9][0-9].[0-9][0-9].*';--> statement-breakpoint
CREATE TEMP TABLE `__act_map` AS
  SELECT a.`id` AS `old_id`,
         coalesce(
           (SELECT k.`id` FROM `__act` k WHERE k.`year_id` = a.`year_id` AND k.`level` = a.`level` AND k.`canon` = a.`canon` AND k.`code` = k.`canon`),
           (SELECT min(k.`id`) FROM `__act` k WHERE k.`year_id` = a.`year_id` AND k.`level` = a.`level` AND k.`canon` = a.`canon`)
         ) AS `keep_id`
  FROM `__act` a;--> statement-breakpoint
DELETE FROM `__act_map` WHERE `old_id` = `keep_id`;--> statement-breakpoint
UPDATE `budget_activities` SET `parent_id` = (SELECT m.`keep_id` FROM `__act_map` m WHERE m.`old_id` = `budget_activities`.`parent_id`)
  WHERE `parent_id` IN (SELECT `old_id` FROM `__act_map`);--> statement-breakpoint
CREATE TEMP TABLE `__line` AS
  SELECT l.`id`, coalesce(m.`keep_id`, l.`activity_id`) AS `target`, l.`account_id`, l.`funding_source`
  FROM `budget_lines` l LEFT JOIN `__act_map` m ON m.`old_id` = l.`activity_id`
  WHERE l.`activity_id` IN (SELECT `old_id` FROM `__act_map`) OR l.`activity_id` IN (SELECT `keep_id` FROM `__act_map`);--> statement-breakpoint
CREATE TEMP TABLE `__line_map` AS
  SELECT a.`id` AS `old_line`,
         (SELECT min(b.`id`) FROM `__line` b WHERE b.`target` = a.`target` AND b.`account_id` = a.`account_id` AND b.`funding_source` = a.`funding_source`) AS `keep_line`
  FROM `__line` a;--> statement-breakpoint
DELETE FROM `__line_map` WHERE `old_line` = `keep_line`;--> statement-breakpoint
UPDATE `budget_lines` SET
    `allocation` = `allocation` + coalesce((SELECT sum(o.`allocation`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_01` = `plan_01` + coalesce((SELECT sum(o.`plan_01`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_02` = `plan_02` + coalesce((SELECT sum(o.`plan_02`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_03` = `plan_03` + coalesce((SELECT sum(o.`plan_03`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_04` = `plan_04` + coalesce((SELECT sum(o.`plan_04`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_05` = `plan_05` + coalesce((SELECT sum(o.`plan_05`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_06` = `plan_06` + coalesce((SELECT sum(o.`plan_06`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_07` = `plan_07` + coalesce((SELECT sum(o.`plan_07`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_08` = `plan_08` + coalesce((SELECT sum(o.`plan_08`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_09` = `plan_09` + coalesce((SELECT sum(o.`plan_09`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_10` = `plan_10` + coalesce((SELECT sum(o.`plan_10`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_11` = `plan_11` + coalesce((SELECT sum(o.`plan_11`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0),
    `plan_12` = `plan_12` + coalesce((SELECT sum(o.`plan_12`) FROM `budget_lines` o JOIN `__line_map` lm ON lm.`old_line` = o.`id` WHERE lm.`keep_line` = `budget_lines`.`id`), 0)
  WHERE `id` IN (SELECT `keep_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `spending` SET `line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `spending`.`line_id`)
  WHERE `line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `budget_revisions` SET `line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `budget_revisions`.`line_id`)
  WHERE `line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `resident_exits` SET `proposed_line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `resident_exits`.`proposed_line_id`)
  WHERE `proposed_line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `food_purchases` SET `line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `food_purchases`.`line_id`)
  WHERE `line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `medicine_batches` SET `line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `medicine_batches`.`line_id`)
  WHERE `line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `doctor_visits` SET `line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `doctor_visits`.`line_id`)
  WHERE `line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `training_programmes` SET `budget_line_id` = (SELECT lm.`keep_line` FROM `__line_map` lm WHERE lm.`old_line` = `training_programmes`.`budget_line_id`)
  WHERE `budget_line_id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
DELETE FROM `budget_lines` WHERE `id` IN (SELECT `old_line` FROM `__line_map`);--> statement-breakpoint
UPDATE `budget_lines` SET `activity_id` = (SELECT m.`keep_id` FROM `__act_map` m WHERE m.`old_id` = `budget_lines`.`activity_id`)
  WHERE `activity_id` IN (SELECT `old_id` FROM `__act_map`);--> statement-breakpoint
DELETE FROM `budget_activities` WHERE `id` IN (SELECT `old_id` FROM `__act_map`);--> statement-breakpoint
UPDATE `budget_activities` SET `code` = (SELECT a.`canon` FROM `__act` a WHERE a.`id` = `budget_activities`.`id`)
  WHERE `id` IN (SELECT `id` FROM `__act` WHERE `code` <> `canon`);--> statement-breakpoint
DROP TABLE `__line_map`;--> statement-breakpoint
DROP TABLE `__line`;--> statement-breakpoint
DROP TABLE `__act_map`;--> statement-breakpoint
DROP TABLE `__act`;
