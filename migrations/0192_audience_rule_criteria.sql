-- Audience rules on any combination of unit (with sub-units), job role, role, start date and employment
-- status: the condition 'criteria' keeps them in one jsonb object (checked by the API's schema; job roles
-- and units are checked to be the organisation's when the rule is saved).
ALTER TABLE audience_rules DROP CONSTRAINT audience_rules_condition_check;
ALTER TABLE audience_rules ADD CONSTRAINT audience_rules_condition_check
  CHECK (condition IN ('starts_within_days', 'is_manager', 'in_unit', 'criteria'));
ALTER TABLE audience_rules ADD COLUMN criteria jsonb;
ALTER TABLE audience_rules ADD CONSTRAINT audience_rules_criteria_present
  CHECK ((condition = 'criteria') = (criteria IS NOT NULL));
