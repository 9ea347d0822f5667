import type { Source } from "./evidence.ts";

/**
 * Every publication a rule in the core rests on, cited once here and referenced by the rules.
 * Bibliographic details as given in docs/clinical/sources.md and docs/clinical/sources.md.
 */
export const SOURCES = {
  jansson2009: {
    citation:
      "Jansson AF, Müller TH, Gliera L, et al. Clinical score for nonbacterial osteitis in children and adults. Arthritis Rheum 2009;60(4):1152–1159.",
    doi: "10.1002/art.24402",
  },
  jansson2007: {
    citation:
      "Jansson A, Renner ED, Ramser J, et al. Classification of non-bacterial osteitis: retrospective study of clinical, immunological and genetic aspects in 89 patients. Rheumatology (Oxford) 2007;46(1):154–160.",
    doi: "10.1093/rheumatology/kel190",
  },
  japan2014: {
    citation:
      "Japanese Paediatric Rheumatology Society. Diagnostic guidance for chronic recurrent multifocal osteomyelitis (小児慢性特定疾病), version 1.0, 2014-10-06.",
    url: "https://www.shouman.jp/disease/instructions/06_05_022/",
  },
  roderick2016: {
    citation:
      "Roderick MR, Shah R, Rogers V, Finn A, Ramanan AV. Chronic recurrent multifocal osteomyelitis (CRMO) – advancing the diagnosis. Pediatr Rheumatol Online J 2016;14(1):47.",
    doi: "10.1186/s12969-016-0109-1",
  },
  cosickic: {
    citation:
      "Ćosićkić A, et al. Central European Journal of Paediatrics (Bristol-selected cohort, all CRP < 30 mg/L).",
    url: "https://cejpaediatrics.com/index.php/cejp/article/view/374",
  },
  zhao2025: {
    citation:
      "Zhao Y, Oliver MS, Schnabel A, et al. EULAR/American College of Rheumatology classification criteria for paediatric chronic nonbacterial osteomyelitis. Ann Rheum Dis 2025;84(9):1458–1468.",
    doi: "10.1016/j.ard.2024.11.006",
  },
  levenson2025: {
    citation:
      "Levenson D. Classification criteria for pediatric chronic nonbacterial osteomyelitis released. The Rheumatologist, October 2025.",
  },
  healio2022: {
    citation:
      "Healio Rheumatology, 17 Nov 2022: New ACR/EULAR criteria for pediatric CNO include bone pain lasting at least 6 weeks (provisional criteria).",
  },
  kostik2023: {
    citation:
      "Kostik MM, Maletin AS, Petukhova VV, Mushkin AY. Nonbacterial and bacterial osteomyelitis in children: a case–control retrospective study. Front Pediatr 2023;11:1067206.",
    doi: "10.3389/fped.2023.1067206",
  },
  kostik2018: {
    citation:
      "Kostik MM, et al. Criteria for differentiation of non-bacterial and haematogenous osteomyelitis. Current Pediatrics 2018;17(6).",
    doi: "10.15690/vsp.v17i6.1976",
  },
  louvigne2020: {
    citation:
      "Louvigné M, et al. Persistent osteoarticular pain in children: early clinical and laboratory findings suggestive of acute lymphoblastic leukemia. Pediatr Rheumatol Online J 2020;18:1.",
    doi: "10.1186/s12969-019-0376-8",
  },
  schnabel2016: {
    citation:
      "Schnabel A, et al. Unexpectedly high incidences of chronic non-bacterial as compared to bacterial osteomyelitis in children. Rheumatol Int 2016.",
    doi: "10.1007/s00296-016-3572-6",
  },
  acr2020: {
    citation:
      "Zhao Y, et al. Comparison of clinicopathologic and imaging features between CNO and its mimickers: a multi-national 450 case-control study. ACR Convergence 2020, abstract 1162.",
  },
  uptodateCno: {
    citation: "UpToDate, chronic nonbacterial osteomyelitis: differential-diagnosis table footnotes.",
  },
  mallet2014: {
    citation: "Mallet C, et al. Pediatr Infect Dis J 2014;33:1–4 (Kingella kingae osteoarticular infection).",
    doi: "10.1097/INF.0b013e3182a22cc6",
  },
  whyte2009: {
    citation:
      "Whyte MP, et al. Chronic recurrent multifocal osteomyelitis mimicked in childhood hypophosphatasia. J Bone Miner Res 2009;24(8):1493–1505.",
  },
  masci2022: {
    citation: "Masci D, et al. Scurvy in children: a case series. Front Pediatr 2022.",
    doi: "10.3389/fped.2022.981908",
  },
  ferguson2005: {
    citation:
      "Ferguson PJ, et al. Homozygous mutations in LPIN2 are responsible for Majeed syndrome. J Med Genet 2005;42:551–557.",
    doi: "10.1136/jmg.2005.030759",
  },
  aksentijevich2009: {
    citation:
      "Aksentijevich I, et al. An autoinflammatory disease with deficiency of the interleukin-1-receptor antagonist. N Engl J Med 2009;360:2426–2437.",
    doi: "10.1056/NEJMoa0807865",
  },
  lindor1997: {
    citation: "Lindor NM, et al. PAPA syndrome. Mayo Clin Proc 1997.",
    doi: "10.4065/72.7.611",
  },
  zhao2018Ctp: {
    citation:
      "Zhao Y, Wu EY, Oliver MS, et al. Consensus Treatment Plans for Chronic Nonbacterial Osteomyelitis Refractory to Nonsteroidal Antiinflammatory Drugs and/or With Active Spinal Lesions. Arthritis Care Res 2018;70(8):1228–1237.",
    doi: "10.1002/acr.23462",
  },
  singh1994Chaq: {
    citation:
      "Singh G, Athreya BH, Fries JF, Goldsmith DP. Measurement of health status in children with juvenile rheumatoid arthritis. Arthritis Rheum 1994;37(12):1761–1769.",
  },
  beck2010: {
    citation:
      "Beck C, Morbach H, Beer M, et al. Chronic nonbacterial osteomyelitis in childhood: prospective follow-up during the first year of anti-inflammatory treatment. Arthritis Res Ther 2010;12(2):R74.",
    doi: "10.1186/ar2992",
  },
  wu2023Cdas: {
    citation:
      "Wu EY, Oliver M, Scheck J, et al. Feasibility of Conducting Comparative Effectiveness Research and Validation of a Clinical Disease Activity Score for Chronic Nonbacterial Osteomyelitis. J Rheumatol 2023;50(10):1333–1340.",
  },
  capponi2021: {
    citation:
      "Capponi M, et al. Assessment of disease activity using a whole-body MRI derived radiological activity index in chronic nonbacterial osteomyelitis. Pediatr Rheumatol 2021;19:123.",
    doi: "10.1186/s12969-021-00620-3",
  },
  convention: {
    citation:
      "CNO Atlas project convention, documented with its reasons in the project's clinical documentation.",
  },
  surveillanceTemplate: {
    citation:
      "CNO Atlas local surveillance template, after the schedules of Beck 2010, Hedrich 2013, Miettunen 2009 and the adult consensus of 2024: a local convention, not a guideline.",
  },
} as const satisfies Record<string, Source>;
