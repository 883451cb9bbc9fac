/**
 * The fixed part of the seed: users, pipelines and stages, apps, and the word lists the
 * seeded random generator draws from. Instants are relative to SEED_BASE, never the clock.
 */
import type { WoofedApp, WoofedPipeline, WoofedStage, WoofedUser } from './types';

/** 2025-01-06T09:00:00.000-03:00. */
export const SEED_BASE = new Date('2025-01-06T12:00:00.000Z');
export const DAY_MS = 86_400_000;
export const at = (days: number, minutes = 0): Date => new Date(SEED_BASE.getTime() + days * DAY_MS + minutes * 60_000);

export const CHATWOOT_APP_ID = 1;
export const EVOLUTION_APP_ID = 2;
export const CHATWOOT_INBOX_IDS = ['62483', '62484'] as const;

export function seedUsers(): WoofedUser[] {
  const people = [
    ['Ana Souza', 'ana.souza@ponte-demo.com.br', '+5511990000001'],
    ['Bruno Carvalho', 'bruno.carvalho@ponte-demo.com.br', '+5511990000002'],
    ['Carla Nogueira', 'carla.nogueira@ponte-demo.com.br', null],
  ] as const;
  return people.map(([full_name, email, phone], index) => ({
    id: index + 1,
    email,
    full_name,
    language: 'pt-BR',
    phone,
    created_at: at(-180 + index),
    updated_at: at(-180 + index),
  }));
}

export function seedPipelines(): { pipelines: WoofedPipeline[]; stages: WoofedStage[] } {
  const layout = [
    ['Funil de Vendas', ['Novo lead', 'Qualificação', 'Proposta', 'Negociação']],
    ['Pós-venda', ['Onboarding', 'Cliente ativo', 'Renovação']],
  ] as const;
  const pipelines: WoofedPipeline[] = [];
  const stages: WoofedStage[] = [];
  layout.forEach(([name, stageNames], index) => {
    const pipelineId = index + 1;
    pipelines.push({ id: pipelineId, name, created_at: at(-170), updated_at: at(-170) });
    stageNames.forEach((stageName, position) => {
      stages.push({
        id: stages.length + 1,
        name: stageName,
        pipeline_id: pipelineId,
        created_at: at(-170),
        updated_at: at(-170),
        position: position + 1,
      });
    });
  });
  return { pipelines, stages };
}

export function seedApps(): WoofedApp[] {
  return [
    {
      type: 'Apps::Chatwoot',
      id: CHATWOOT_APP_ID,
      name: 'Chatwoot Demo',
      active: true,
      chatwoot_account_id: 3,
      chatwoot_endpoint_url: 'https://chatwoot.ponte-demo.invalid',
      chatwoot_user_token: 'demo-chatwoot-user-token',
      inboxes: [
        { id: Number(CHATWOOT_INBOX_IDS[0]), name: 'WhatsApp Comercial', channel_type: 'Channel::Whatsapp' },
        { id: Number(CHATWOOT_INBOX_IDS[1]), name: 'Chat do site', channel_type: 'Channel::WebWidget' },
      ],
    },
    {
      type: 'Apps::EvolutionApi',
      id: EVOLUTION_APP_ID,
      name: 'WhatsApp Demo',
      active: true,
      endpoint_url: 'https://evolution.ponte-demo.invalid',
      token: 'demo-evolution-token',
      instance: 'ponte-demo',
      phone: '+5511900000000',
      connection_status: 'active',
    },
  ];
}

export const FIRST_NAMES = [
  'Mariana',
  'Rafael',
  'Juliana',
  'Pedro',
  'Fernanda',
  'Lucas',
  'Beatriz',
  'Gustavo',
  'Camila',
  'Thiago',
  'Larissa',
  'Felipe',
  'Patrícia',
  'Rodrigo',
  'Aline',
  'Diego',
  'Vanessa',
  'Marcelo',
  'Letícia',
  'André',
];
export const LAST_NAMES = [
  'Almeida',
  'Barbosa',
  'Cardoso',
  'Dias',
  'Esteves',
  'Ferreira',
  'Gomes',
  'Henriques',
  'Lopes',
  'Macedo',
  'Nascimento',
  'Oliveira',
  'Pereira',
  'Queiroz',
  'Ribeiro',
  'Santos',
  'Teixeira',
  'Vieira',
  'Xavier',
  'Zanetti',
];
export const AREA_CODES = ['11', '21', '31', '41', '47', '51', '61', '71', '81', '85'];
export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'empresa.com.br', 'uol.com.br'];
export const CITIES = ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Recife'];
export const LABELS = ['lead', 'cliente', 'vip', 'indicação'];
export const PRODUCTS = [
  'Plano Essencial',
  'Plano Pro',
  'Plano Enterprise',
  'Consultoria',
  'Implantação',
  'Suporte Premium',
];
export const ORIGINS = ['site', 'indicação', 'evento', 'whatsapp'];
export const LOST_REASONS = ['Preço', 'Escolheu concorrente', 'Sem orçamento'];
export const NOTES = [
  '<div>Cliente pediu uma proposta com pagamento trimestral.</div>',
  '<div>Conversamos por telefone; decisão fica para a próxima semana.</div>',
  '<div>Enviado material de apresentação por e-mail.</div>',
  '<div>Interesse alto, mas precisa da aprovação do financeiro.</div>',
];
export const ACTIVITIES = [
  ['Ligar para o cliente', '<div>Confirmar o recebimento da proposta.</div>'],
  ['Reunião de apresentação', '<div>Demonstração do produto para o time.</div>'],
  ['Enviar contrato', '<div>Contrato revisado pelo jurídico.</div>'],
] as const;
export const MESSAGES = [
  'Olá! Tudo certo com a proposta?',
  'Bom dia! Podemos agendar uma conversa esta semana?',
  'Obrigado pelo retorno, seguimos à disposição.',
];
