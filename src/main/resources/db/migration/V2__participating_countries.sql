-- The 21 governments of the Caribbean migration seminar (IOM/UNHCR), ISO 3166-1 alpha-2 codes.
-- Reference data present in every installation; admins may rename, add or mark not participating.
insert into country (id, code, name, participating, version, created_by, created_at) values
 ( 1, 'AG', 'Antigua and Barbuda', true, 1, 'system', current_timestamp),
 ( 2, 'BS', 'The Bahamas', true, 1, 'system', current_timestamp),
 ( 3, 'BB', 'Barbados', true, 1, 'system', current_timestamp),
 ( 4, 'BZ', 'Belize', true, 1, 'system', current_timestamp),
 ( 5, 'CU', 'Cuba', true, 1, 'system', current_timestamp),
 ( 6, 'DM', 'Dominica', true, 1, 'system', current_timestamp),
 ( 7, 'DO', 'Dominican Republic', true, 1, 'system', current_timestamp),
 ( 8, 'GD', 'Grenada', true, 1, 'system', current_timestamp),
 ( 9, 'GY', 'Guyana', true, 1, 'system', current_timestamp),
 (10, 'HT', 'Haiti', true, 1, 'system', current_timestamp),
 (11, 'JM', 'Jamaica', true, 1, 'system', current_timestamp),
 (12, 'KN', 'Saint Kitts and Nevis', true, 1, 'system', current_timestamp),
 (13, 'LC', 'Saint Lucia', true, 1, 'system', current_timestamp),
 (14, 'VC', 'Saint Vincent and the Grenadines', true, 1, 'system', current_timestamp),
 (15, 'SR', 'Suriname', true, 1, 'system', current_timestamp),
 (16, 'TT', 'Trinidad and Tobago', true, 1, 'system', current_timestamp),
 (17, 'AI', 'Anguilla', true, 1, 'system', current_timestamp),
 (18, 'AW', 'Aruba', true, 1, 'system', current_timestamp),
 (19, 'CW', 'Curaçao', true, 1, 'system', current_timestamp),
 (20, 'KY', 'Cayman Islands', true, 1, 'system', current_timestamp),
 (21, 'TC', 'Turks and Caicos Islands', true, 1, 'system', current_timestamp);
