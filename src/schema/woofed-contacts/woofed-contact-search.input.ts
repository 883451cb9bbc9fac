import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'Conditions a WoofedCRM contact must all meet (Ransack `*_i_cont`/`*_cont` upstream); omit the search to list every contact.',
})
export class WoofedContactSearch {
  @Field(() => String, { nullable: true, description: 'Part of the full name, any case.' })
  fullNameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail address, any case.' })
  emailContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the E.164 phone number, e.g. "99999".' })
  phoneContains?: string | null;
}
