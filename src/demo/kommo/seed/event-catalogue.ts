/**
 * Event type keys served by `GET /api/v4/events/types`: every key of the Kommo list plus the amoCRM
 * extras the seed uses. `type` codes are plausible (1 lead_added and 7 lead_deleted are documented;
 * every per-field `custom_field_{ID}_value_changed` is 24); labels in English and Portuguese.
 */

export interface EventTypeInfo {
  key: string;
  type: number;
  en: string;
  pt: string;
}

export const PER_FIELD_EVENT_TYPE_CODE = 24;

export function perFieldEventKey(fieldId: number): string {
  return `custom_field_${fieldId}_value_changed`;
}

/** `custom_field_{ID}_value_changed` → the field id, else undefined. */
export function perFieldEventFieldId(key: string): number | undefined {
  const match = /^custom_field_(\d+)_value_changed$/.exec(key);
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}

const ROWS: ReadonlyArray<readonly [string, number, string, string]> = [
  ['lead_added', 1, 'New lead', 'Novo lead'],
  ['contact_added', 2, 'New contact', 'Novo contato'],
  ['company_added', 3, 'New company', 'Nova empresa'],
  ['task_added', 5, 'New task', 'Nova tarefa'],
  ['lead_deleted', 7, 'Lead deleted', 'Lead apagado'],
  ['contact_deleted', 8, 'Contact deleted', 'Contato apagado'],
  ['company_deleted', 9, 'Company deleted', 'Empresa apagada'],
  ['task_deleted', 11, 'Task deleted', 'Tarefa apagada'],
  ['lead_restored', 12, 'Lead restored', 'Lead restaurado'],
  ['contact_restored', 13, 'Contact restored', 'Contato restaurado'],
  ['lead_status_changed', 14, 'Lead stage changed', 'Mudança da etapa do lead'],
  ['company_restored', 15, 'Company restored', 'Empresa restaurada'],
  ['lead_linked', 16, 'Lead linked', 'Vinculação de lead'],
  ['lead_unlinked', 17, 'Lead unlinked', 'Desvinculação de lead'],
  ['contact_linked', 18, 'Contact linked', 'Vinculação de contato'],
  ['contact_unlinked', 19, 'Contact unlinked', 'Desvinculação de contato'],
  ['company_linked', 20, 'Company linked', 'Vinculação de empresa'],
  ['company_unlinked', 21, 'Company unlinked', 'Desvinculação de empresa'],
  ['custom_field_value_changed', 23, 'Custom field changed', 'Alteração de campo personalizado'],
  ['entity_responsible_changed', 25, 'Responsible user changed', 'Alteração de usuário responsável'],
  ['task_completed', 26, 'Task completed', 'Tarefa completada'],
  ['common_note_added', 27, 'New note', 'Nova anotação'],
  ['attachment_note_added', 28, 'File attached to a note', 'Novo arquivo anexado à anotação'],
  ['common_note_deleted', 29, 'Note deleted', 'Anotação excluída'],
  ['task_type_changed', 30, 'Task type changed', 'Mudança de tipo de tarefa'],
  ['task_text_changed', 31, 'Task text changed', 'Mudança do texto da tarefa'],
  ['task_deadline_changed', 32, 'Task deadline changed', 'Mudança do prazo da tarefa'],
  ['task_result_added', 33, 'Task result added', 'Resultado da tarefa'],
  ['incoming_call', 34, 'Incoming call', 'Chamada recebida'],
  ['outgoing_call', 35, 'Outgoing call', 'Chamada realizada'],
  ['incoming_mail', 36, 'Incoming e-mail', 'Email recebido'],
  ['outgoing_mail', 37, 'Outgoing e-mail', 'Email enviado'],
  ['incoming_sms', 38, 'Incoming SMS', 'SMS recebido'],
  ['outgoing_sms', 39, 'Outgoing SMS', 'SMS enviado'],
  ['targeting_in_note_added', 40, 'Added to retargeting', 'Contato adicionado ao retargeting'],
  ['targeting_out_note_added', 41, 'Removed from retargeting', 'Contato removido do retargeting'],
  ['geo_note_added', 42, 'Geolocation note added', 'Nota geográfica adicionada'],
  ['service_note_added', 43, 'New system note', 'Nova nota de serviço'],
  ['site_visit_note_added', 44, 'Website visited', 'Site visitado'],
  ['message_to_cashier_note_added', 45, 'Message to cashier', 'Mensagem para o caixa'],
  ['transaction_added', 46, 'New purchase', 'Nova compra'],
  ['entity_tag_added', 63, 'Tags added', 'Tags adicionadas'],
  ['entity_tag_deleted', 64, 'Tags deleted', 'Tags apagadas'],
  ['entity_linked', 72, 'Entity linked', 'Vinculaçao de entidade'],
  ['entity_unlinked', 73, 'Entity unlinked', 'Desvinculaçao de entidade'],
  ['sale_field_changed', 69, 'Sale field changed', 'Alteração no campo “Venda”'],
  ['name_field_changed', 70, 'Name field changed', 'Alteração no campo “Nome”'],
  ['ltv_field_changed', 71, 'Lifetime value changed', 'Alteração no valor total de compra'],
  ['robot_replied', 74, 'AI: bot started', 'AI: bot iniciado'],
  ['intent_identified', 75, 'AI: bot not started', 'AI: bot não iniciado'],
  ['nps_rate_added', 76, 'New NPS rating', 'Nova taxa de NPS'],
  ['link_followed', 77, 'Link clicked', 'Link clicado'],
  ['entity_merged', 78, 'Merge completed', 'Mesclagem realizada'],
  ['key_action_completed', 79, 'Key action', 'Ação chave'],
  ['video_opened', 80, 'Video opened', 'Vídeo aberto'],
  ['video_closed', 81, 'Video closed', 'Vídeo fechado'],
  ['picture_opened', 82, 'Picture opened', 'Imagem aberta'],
  ['picture_closed', 83, 'Picture closed', 'Imagem fechada'],
  ['zoom_conference', 84, 'Zoom conference', 'Conferência Zoom'],
  ['ai_result', 85, 'Kommo AI', 'Kommo AI'],
  ['entity_direct_message', 88, 'Internal message', 'Mensagem interna'],
  ['incoming_chat_message', 89, 'Incoming chat message', 'Mensagem de chat recebida'],
  ['outgoing_chat_message', 90, 'Outgoing chat message', 'Mensagem de chat enviada'],
  ['talk_created', 91, 'Conversation started', 'Conversa iniciada'],
  ['talk_closed', 92, 'Conversation closed', 'Conversa encerrada'],
  ['conversation_answered', 93, 'Conversation answered', 'Conversa respondida'],
  ['talk_missed_event', 94, 'Talk response time exceeded', 'Tempo de resposta do Talk excedido'],
  ['meta_chat_subscription_added', 95, 'Subscribed to', 'Inscrito em'],
  ['meta_chat_subscription_removed', 96, 'Unsubscribed from', 'Cancelado a inscrição de'],
  ['page_mention', 97, 'Mentioned on social media', 'Mencionado nas redes sociais'],
  ['dropbox_attachment', 98, 'Dropbox file', 'Arquivo do Dropbox'],
];

export const EVENT_TYPES: readonly EventTypeInfo[] = ROWS.map(([key, type, en, pt]) => ({ key, type, en, pt }));

/** Every fixed key (without the per-field `custom_field_{ID}_value_changed` ones). */
export const EVENT_TYPE_KEYS: readonly string[] = EVENT_TYPES.map((row) => row.key);
