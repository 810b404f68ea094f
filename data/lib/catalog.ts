// Source catalogue and attribution lines printed under the map and in exports.
import type { Source } from '../../src/data/types';

const OGL = 'Open Government Licence v3.0';

export const ATTRIBUTION: string[] = [
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  'Contains National Statistics data © Crown copyright and database right 2017',
  'Contains OS data © Crown copyright and database right 2017',
  'Contains NHS Digital (ERIC) and Department of Health data © Crown copyright, licensed under the Open Government Licence v3.0',
];

const list: Source[] = [
  { id: 'ons_ccg_boundaries', label: 'ONS, Clinical Commissioning Groups (April 2016) Super Generalised Clipped Boundaries in England', url: 'https://geoportal.statistics.gov.uk/', licence: OGL },
  { id: 'ons_stp_boundaries', label: 'ONS, Sustainability and Transformation Partnerships (February 2017) Ultra Generalised Clipped Boundaries in England', url: 'https://geoportal.statistics.gov.uk/', licence: OGL },
  { id: 'ons_ccg_stp_lookup', label: 'ONS, CCG (April 2016) to STP (2017) lookup (copy in 111Online/nhs111-ccg-service)', url: 'https://github.com/111Online/nhs111-ccg-service', licence: OGL },
  { id: 'ons_population', label: 'ONS, Mid-2015 population estimates for CCGs in England (SAPE18DT5)', url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/clinicalcommissioninggroupmidyearpopulationestimates', licence: OGL },
  { id: 'eric_2014_15', label: 'NHS Digital, Estates Returns Information Collection (ERIC) 2014/15', url: 'https://digital.nhs.uk/data-and-information/publications/statistical/estates-returns-information-collection', licence: OGL },
  { id: 'eric_2015_16', label: 'NHS Digital, Estates Returns Information Collection (ERIC) 2015/16', url: 'https://digital.nhs.uk/data-and-information/publications/statistical/estates-returns-information-collection', licence: OGL },
  { id: 'eric_2016_17', label: 'NHS Digital, Estates Returns Information Collection (ERIC) 2016/17', url: 'https://digital.nhs.uk/data-and-information/publications/statistical/estates-returns-information-collection', licence: OGL },
  { id: 'trust_stp_lookup', label: 'Trust-to-STP assignment compiled for the atlas from the Health Foundation acute trust lookup and NHS Digital ODS data', licence: 'MIT (Health Foundation lookup); ODS data Open Government Licence v3.0' },
  { id: 'hsj_backlog', label: 'HSJ, "Mapped: cost of backlog hospital repairs facing every STP area", Feb 2017', url: 'https://www.hsj.co.uk/finance-and-efficiency/mapped-cost-of-backlog-hospital-repairs-facing-every-stp-area/7014897.article', licence: 'Fact cited from published reporting' },
  { id: 'dh_loans', label: 'Department of Health, Financial assistance under section 40 of the NHS Act 2006, 2016/17 (via BBC Shared Data Unit)', url: 'https://github.com/BBC-Data-Unit/hospital-loans', licence: OGL },
  { id: 'nhse_ae_stp_mapping', label: 'NHS England, A&E Attendances and Emergency Admissions, "STP Mapping" of providers, Jan–Mar 2017', url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/', licence: OGL },
  { id: 'nhse_ae_2016_17', label: 'NHS England, A&E Attendances and Emergency Admissions, monthly provider files, Apr 2016–Mar 2017 (revised editions)', url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/', licence: OGL },
  { id: 'nhsr_ae', label: 'NHS-R Community, NHSRdatasets ae_attendances (NHS England A&E data, Apr 2016–Mar 2019)', url: 'https://github.com/nhs-r-community/NHSRdatasets', licence: 'CC0 (package); data NHS England, Open Government Licence v3.0' },
  { id: 'imd_2015', label: 'DCLG, English Indices of Deprivation 2015, File 13: Clinical Commissioning Group summaries', url: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2015', licence: OGL },
  { id: 'hsj_ccg_ratings_2015_16', label: 'HSJ, "CCG ratings: 26 judged inadequate by NHS England", Jul 2016', url: 'https://www.hsj.co.uk/commissioning/ccg-ratings-26-judged-inadequate-by-nhs-england/7009416.article', licence: 'Fact cited from published reporting' },
  { id: 'hsj_pathfinders', label: 'HSJ, "STPs chosen to lead major £350m back office savings drive", 2 Dec 2016', url: 'https://nhsfunding.info/stps/exclusive-stps-chosen-lead-major-350m-back-office-savings-drive/', licence: 'Fact cited from published reporting' },
  { id: 'hsj_interim', label: 'HSJ, investigation of interim executive spending by CCGs under legal directions, July 2016', url: 'https://nhsfunding.info/staffing/troubled-ccgs-spent-hundreds-of-thousands-on-interim-directors/', licence: 'Fact cited from published reporting' },
  { id: 'hsj_east_surrey', label: 'HSJ, "Struggling CCG spent £500,000 on two interims last year", 2016', url: 'https://www.hsj.co.uk/hsj-local/commissioners/nhs-east-surrey-ccg/struggling-ccg-spent-500000-on-two-interims-last-year/7005277.article', licence: 'Fact cited from published reporting' },
  { id: 'nhse_vanguards', label: 'NHS England, new care model vanguards (2015)', url: 'https://www.england.nhs.uk/ourwork/futurenhs/new-care-models/', licence: OGL },
  { id: 'hsj_uec_vanguards', label: 'HSJ, "First eight urgent and emergency care vanguards revealed", July 2015', url: 'https://www.hsj.co.uk/news/acute-care/emergency/first-eight-urgent-and-emergency-care-vanguards-revealed/5088165.article', licence: 'Fact cited from published reporting' },
];

export const SOURCES: Record<string, Source> = Object.fromEntries(list.map((s) => [s.id, s]));
