import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { Action, Organisation, Signal } from "../../entities";
import { escalateSignal, raiseSignal, resolveSignal } from "../../cases/signal.service";
import { EscalateSignalInput, RaiseSignalInput, ResolveSignalInput } from "./signal.inputs";

@Resolver(() => Signal)
export class SignalResolver {
  @Mutation(() => Signal, { description: "Signaal melden bij de casusregisseur: een actie lukt niet of de situatie is veranderd." })
  raiseSignal(@Arg("input", () => RaiseSignalInput) input: RaiseSignalInput, @Ctx() ctx: Context): Promise<Signal> {
    return raiseSignal(ctx, input);
  }

  @Mutation(() => Signal, { description: "Signaal opschalen: naar de procesregisseur (de casus komt dan direct terug aan tafel), of naar het management." })
  escalateSignal(@Arg("input", () => EscalateSignalInput) input: EscalateSignalInput, @Ctx() ctx: Context): Promise<Signal> {
    return escalateSignal(ctx, input);
  }

  @Mutation(() => Signal, { description: "Signaal afhandelen." })
  resolveSignal(@Arg("input", () => ResolveSignalInput) input: ResolveSignalInput, @Ctx() ctx: Context): Promise<Signal> {
    return resolveSignal(ctx, input);
  }

  @FieldResolver(() => Organisation, { description: "De organisatie die het signaal meldde." })
  raisedBy(@Root() signal: Signal, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.Signal.raisedBy, signal);
  }

  @FieldResolver(() => Action, { nullable: true, description: "De actie waar het signaal over gaat." })
  action(@Root() signal: Signal, @Ctx() ctx: Context): Maybe<Action | null> {
    return readRelation(ctx, RELATION_TABLE.Signal.action, signal);
  }
}
