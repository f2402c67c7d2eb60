-- Branding in the promo studio (issue 17, step 3): the organisation's colour and logo on posters and
-- banners. The colour is checked for contrast with white text (WCAG AA, 4.5:1) before it is stored; the
-- logo is a small PNG or JPEG (at most 256 KB), kept here rather than in file storage.
CREATE TABLE campaign_branding (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  colour text NOT NULL DEFAULT '#1c6e4d' CHECK (colour ~ '^#[0-9a-f]{6}$'),
  logo bytea CHECK (logo IS NULL OR octet_length(logo) <= 262144),
  logo_type text CHECK (logo_type IN ('image/png', 'image/jpeg')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((logo IS NULL) = (logo_type IS NULL))
);
