-- Announcements for "the managers of Zorg Noord": people in (the sub-tree of) the chosen units who
-- hold one of the chosen roles. Strictly additive: the existing kinds keep their meaning.
ALTER TABLE announcements DROP CONSTRAINT announcements_audience_kind_check;
ALTER TABLE announcements ADD CONSTRAINT announcements_audience_kind_check
  CHECK (audience_kind IN ('everyone', 'units', 'roles', 'units_and_roles'));
