package io.obs.agent.weaving;

import io.obs.agent.instrumentation.api.MethodHook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Weaves {@link MethodHook}s with plain ASM: {@code LDC className; INVOKESTATIC Bridge.m(String)}
 * (or {@code ALOAD 0; INVOKESTATIC Bridge.m(Object)}) at a method's entry or before each of its
 * returns, every hook of that method. No branches and no new locals, so stack map frames stay
 * valid and only the maximum stack grows by one per hook. Costs a few ASM classes, not Byte
 * Buddy's start-up, which is why the container's start is never missed.
 */
final class HookWeaver {

  private static final String BRIDGE = "io/obs/agent/bootstrap/Bridge";

  private final Map<String, List<MethodHook>> byClass = new HashMap<>();

  HookWeaver(List<MethodHook> hooks) {
    for (MethodHook hook : hooks) {
      byClass.computeIfAbsent(hook.className().replace('.', '/'), c -> new ArrayList<>()).add(hook);
    }
  }

  boolean handles(String internalName) {
    return byClass.containsKey(internalName);
  }

  byte[] weave(String internalName, byte[] classFile) {
    List<MethodHook> hooks = byClass.get(internalName);
    String className = internalName.replace('/', '.');
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor visitor = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ((access & Opcodes.ACC_ABSTRACT) != 0 || !descriptor.startsWith("()")) {
          return visitor;
        }
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        for (MethodHook hook : hooks) {
          if (hook.methodName().equals(name) && !(hook.passesThis() && isStatic)) {
            visitor = new HookCall(visitor, hook, className);
          }
        }
        return visitor;
      }
    }, 0);
    return writer.toByteArray();
  }

  private static final class HookCall extends MethodVisitor {
    private final MethodHook hook;
    private final String className;

    HookCall(MethodVisitor delegate, MethodHook hook, String className) {
      super(Opcodes.ASM9, delegate);
      this.hook = hook;
      this.className = className;
    }

    @Override
    public void visitCode() {
      super.visitCode();
      if (!hook.atExit()) {
        call();
      }
    }

    @Override
    public void visitInsn(int opcode) {
      if (hook.atExit() && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
        call();
      }
      super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
      super.visitMaxs(maxStack + 1, maxLocals);
    }

    private void call() {
      if (hook.passesThis()) {
        super.visitVarInsn(Opcodes.ALOAD, 0);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, hook.bridgeMethod(), "(Ljava/lang/Object;)V", false);
      } else {
        super.visitLdcInsn(className);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, hook.bridgeMethod(), "(Ljava/lang/String;)V", false);
      }
    }
  }
}
