/** Word pools for realistic seeded names and texts. */

export const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Sofia',
  'Mateo',
  'Emma',
  'Lucas',
  'Isabela',
  'Gabriel',
  'Chloe',
  'Noah',
  'Valentina',
  'Hugo',
  'Mia',
  'Leon',
  'Camila',
  'Arthur',
  'Julia',
  'Samuel',
  'Laura',
  'Daniel',
  'Ingrid',
  'Tomás',
  'Priya',
  'Kenji',
  'Amara',
  'Yusuf',
  'Nadia',
  'Felipe',
  'Hannah',
  'Omar',
  'Grace',
  'Rafael',
  'Zoe',
  'Victor',
  'Alice',
  'Marco',
  'Leila',
  'Pedro',
  'Sara',
  'Ethan',
];

export const LAST_NAMES = [
  'Silva',
  'Johnson',
  'García',
  'Müller',
  'Rossi',
  'Santos',
  'Smith',
  'Fernández',
  'Dubois',
  'Kowalski',
  'Oliveira',
  'Brown',
  'Martínez',
  'Schmidt',
  'Costa',
  'Nguyen',
  'Tanaka',
  'Haddad',
  'Ivanova',
  'Andersen',
  'Pereira',
  'Walker',
  'López',
  'Novak',
  'Ribeiro',
  'Moreau',
  'Khan',
  'Almeida',
  'Clarke',
  'Romano',
];

export const COMPANY_HEADS = [
  'Blue Harbor',
  'Northwind',
  'Silver Oak',
  'Redstone',
  'Greenfield',
  'Bright Path',
  'Summit',
  'Crescent',
  'Ironclad',
  'Maple Leaf',
  'Golden Gate',
  'Riverbend',
  'Starlight',
  'Cobalt',
  'Evergreen',
  'Horizon',
];

export const COMPANY_TAILS = [
  'Logistics',
  'Foods',
  'Dental Clinic',
  'Consulting',
  'Architects',
  'Fitness',
  'Software',
  'Motors',
  'Travel',
  'Imports',
  'Textiles',
  'Energy',
];

export const COMPANY_SUFFIXES = ['Ltd', 'Inc.', 'LLC', 'S.A.', 'GmbH'];

export const PRODUCTS = [
  'Annual subscription',
  'Website redesign',
  'CRM onboarding',
  'Fleet tracking',
  'Office fit-out',
  'Marketing retainer',
  'Solar installation',
  'Staff training',
  'Cloud migration',
  'Catering contract',
  'Equipment lease',
  'Consulting package',
];

export const POSITIONS = [
  'CEO',
  'Head of Procurement',
  'Operations Manager',
  'Marketing Director',
  'CFO',
  'Office Manager',
  'IT Lead',
  'Sales Manager',
  'Founder',
];

export const LEAD_TAGS = ['vip', 'hot', 'webinar', 'q1-campaign', 'referral', 'price-sensitive'];
export const CONTACT_TAGS = ['newsletter', 'decision-maker', 'event-2026'];
export const COMPANY_TAGS = ['enterprise', 'smb', 'partner'];

export const TASK_TEXTS: Record<number, readonly string[]> = {
  1: [
    'Call back to discuss the proposal',
    'Follow up on the invoice',
    'Check if the samples arrived',
    'Confirm the delivery date',
  ],
  2: ['Demo meeting at the client office', 'Kick-off meeting', 'Contract review meeting'],
  3001: ['Send the updated proposal', 'Send the pricing sheet', 'Send the contract draft'],
};

export const TASK_RESULTS = [
  'Client agreed to a follow-up next week',
  'Proposal accepted, waiting for the PO',
  'No answer, will retry',
  'Meeting went well, sending contract',
];

export const COMMON_NOTES = [
  'Client asked for a discount on the annual plan.',
  'Prefers to be contacted by WhatsApp.',
  'Budget approved for Q2.',
  'Decision expected after the board meeting.',
  'Sent the brochure by email.',
  'Competitor offered a lower price.',
  'Needs invoice in EUR.',
];

export const CITIES = [
  { address: 'Av. Paulista, 1578, São Paulo', latitude: '-23.561414', longitude: '-46.655881' },
  { address: '350 Fifth Avenue, New York', latitude: '40.748441', longitude: '-73.985664' },
  { address: 'Gran Vía, 28, Madrid', latitude: '40.420164', longitude: '-3.705774' },
  { address: 'Friedrichstraße 43, Berlin', latitude: '52.507303', longitude: '13.390386' },
];

export const SITE_PAGES = ['/pricing', '/features/automation', '/blog/crm-tips', '/contact', '/case-studies'];
