-- Languages and time zones (issue 15, items 1 and 2). Written once for H2 2.x and PostgreSQL 15+.
-- Each country has a usual language (one of en, es, fr, ht, nl) and an IANA time zone: a new account takes
-- its country's; each user may change their own. Both tables are granted to the application role already (V10:
-- select, insert, update), which covers the new columns.

alter table country add column language varchar(8) default 'en' not null;
alter table country add column time_zone varchar(64) default 'UTC' not null;

-- Haiti: Haitian Creole, the language every Haitian speaks (French is the other official language; a user
-- who prefers it chooses it in My account).
update country set language = 'es' where code in ('CU', 'DO');
update country set language = 'ht' where code = 'HT';
update country set language = 'nl' where code in ('SR', 'AW', 'CW', 'SX', 'BQ');

update country set time_zone = 'America/Antigua' where code = 'AG';
update country set time_zone = 'America/Nassau' where code = 'BS';
update country set time_zone = 'America/Barbados' where code = 'BB';
update country set time_zone = 'America/Belize' where code = 'BZ';
update country set time_zone = 'America/Havana' where code = 'CU';
update country set time_zone = 'America/Dominica' where code = 'DM';
update country set time_zone = 'America/Santo_Domingo' where code = 'DO';
update country set time_zone = 'America/Grenada' where code = 'GD';
update country set time_zone = 'America/Guyana' where code = 'GY';
update country set time_zone = 'America/Port-au-Prince' where code = 'HT';
update country set time_zone = 'America/Jamaica' where code = 'JM';
update country set time_zone = 'America/St_Kitts' where code = 'KN';
update country set time_zone = 'America/St_Lucia' where code = 'LC';
update country set time_zone = 'America/St_Vincent' where code = 'VC';
update country set time_zone = 'America/Paramaribo' where code = 'SR';
update country set time_zone = 'America/Port_of_Spain' where code = 'TT';
update country set time_zone = 'America/Anguilla' where code = 'AI';
update country set time_zone = 'America/Aruba' where code = 'AW';
update country set time_zone = 'America/Curacao' where code = 'CW';
update country set time_zone = 'America/Cayman' where code = 'KY';
update country set time_zone = 'America/Grand_Turk' where code = 'TC';
update country set time_zone = 'America/Lower_Princes' where code = 'SX';
update country set time_zone = 'America/Kralendijk' where code = 'BQ';
update country set time_zone = 'America/Montserrat' where code = 'MS';
update country set time_zone = 'America/Tortola' where code = 'VG';

-- A user's language and time zone: existing accounts take their agency's country's (English and UTC for a
-- regional or international agency).
alter table user_account add column language varchar(8) default 'en' not null;
alter table user_account add column time_zone varchar(64) default 'UTC' not null;
update user_account set
    language = coalesce((select c.language from agency a join country c on c.id = a.country_id
                         where a.id = user_account.agency_id), 'en'),
    time_zone = coalesce((select c.time_zone from agency a join country c on c.id = a.country_id
                          where a.id = user_account.agency_id), 'UTC');
