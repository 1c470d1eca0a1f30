-- Each budget line keeps the name its fiscal year prints for its account: until now every year printed the chart's
-- current name, so that is the name each existing line starts with.
UPDATE `budget_lines` SET `account_name` = (SELECT `name` FROM `budget_accounts` WHERE `budget_accounts`.`id` = `budget_lines`.`account_id`) WHERE `account_name` IS NULL;
