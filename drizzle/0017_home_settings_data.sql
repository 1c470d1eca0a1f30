-- Settings were installation-wide: every existing home keeps the behaviour it had, as its own setting.
-- The rows in app_settings stay as the province-wide defaults for homes added later.
INSERT INTO `home_settings` (`home_id`, `key`, `value_json`)
SELECT `homes`.`id`, `app_settings`.`key`, `app_settings`.`value_json` FROM `homes` CROSS JOIN `app_settings`;
